package mqttlab.cli;

import static mqttlab.text.Text.t;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.tap.Direction;
import mqttlab.relay.Relay;
import mqttlab.relay.Upstream;
import mqttlab.text.OutsideText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `mqttlab proxy --upstream URL [-p PORT] [-v]`: the shell's relay alone, for a student's program in
 * any language. It logs what passes in mosquitto's words (-v: every packet, as `mosquitto -v`), and
 * says on stderr, in the lab's language, when the broker goes away or comes back, when a packet is
 * malformed, and where the broker answers otherwise than asked (a SUBACK granting less).
 */
@Command(name = "proxy", description = {"A relay in front of any broker that decodes and logs every packet both ways.",
        "Point your program at the relay's port instead of the broker's."},
        footer = {"", "Examples:", "  mqttlab proxy --upstream tcp://10.0.0.5:1883 -v",
                "  mqttlab proxy --upstream mqtts://broker.campus:8883 --cafile ca.crt -p 1884"})
public final class ProxyCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Option(names = "--upstream", required = true, paramLabel = "URL", description = "The broker to relay to: tcp://HOST:PORT, or mqtts://HOST:PORT for TLS.")
    String upstream;

    @Option(names = {"-p", "--port"}, paramLabel = "${bundle:label.port:-PORT}", description = "Listen on 127.0.0.1:PORT (default 1884; 0 picks a free port).")
    int port = 1884;

    @Option(names = "--cafile", paramLabel = "${bundle:label.file:-FILE}", description = "Trust the broker's TLS certificate if this CA (PEM) signed it, as mosquitto_sub --cafile.")
    Path cafile;

    @Option(names = {"-v", "--verbose"}, description = "Log every packet, as mosquitto -v.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        Relay relay;
        try {
            BrokerLog log = new BrokerLog(BrokerConfig.defaults().withVerbose(verbose).logSettings(), Clock.systemUTC());
            relay = Relay.start(Upstream.parse(upstream, cafile), port, log, Clock.systemUTC(), null, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(t("proxy.error", e.getMessage()));
            return 1;
        }
        System.err.println(t("proxy.banner", "127.0.0.1:" + relay.port(), relay.upstream().url()));
        if (!relay.link().up()) System.err.println(t("proxy.down", OutsideText.line(relay.link().shownReason())));
        relay.link().onChange(c -> System.err.println(c.up() ? t("proxy.up", relay.upstream().url()) : t("proxy.down", OutsideText.line(c.shown()))));
        relay.onDifference(d -> System.err.println(d.explain()));
        relay.onMalformed(m -> System.err.println(t(m.direction() == Direction.IN ? "proxy.malformed.in" : "proxy.malformed.out",
                OutsideText.line(m.client()), OutsideText.line(m.why()), HexFormat.ofDelimiter(" ").formatHex(m.bytes()))));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(relay::close, "mqttlab-proxy-shutdown"));
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stopped.countDown());
            } catch (IllegalArgumentException unavailable) {
                // no such signal here: the shutdown hook still closes the relay
            }
        }
        stopped.await();
        relay.close();
        return 0;
    }
}
