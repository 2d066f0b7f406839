package mqttlab.cli;

import java.util.concurrent.Callable;
import mqttlab.bench.BenchException;
import mqttlab.bench.BenchSettings;
import mqttlab.bench.ConnsResult;
import mqttlab.bench.ConnsRun;
import mqttlab.bench.EmbeddedBroker;
import mqttlab.bench.MemoryProbe;
import mqttlab.bench.MessageResult;
import mqttlab.bench.MessageRun;
import mqttlab.bench.Progress;
import mqttlab.bench.Scenario;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.protocol.packet.MqttVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static mqttlab.text.Text.t;

/** `mqttlab bench fanin|fanout|conns [options]`: a load generator for any MQTT broker. */
@Command(name = "bench", sortOptions = false,
        description = {"Load generator for any MQTT broker (loopback by default): delivered msg/s, lost and duplicated",
                "messages, latency p50/p99/max; for conns, connections held and the broker's memory per connection.",
                "Progress goes to stderr, results to stdout."},
        footer = {"", "Scenarios:",
                "  fanin   P publishers (default 4), each on its own topic -> 1 subscriber on a wildcard",
                "  fanout  1 publisher -> S subscribers (default 8) of its topic",
                "  conns   C idle connections (default 1000), held for the duration, then each pinged",
                "", "Examples:", "  mqttlab bench fanin -q 1 --duration 10", "  mqttlab bench fanout --subscribers 8 -p 1884",
                "  mqttlab bench conns --connections 10000 --pid $(pgrep -n mosquitto)", "  mqttlab bench fanin --embedded --count 10000"})
public final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(descriptionKey = "SCENARIO[0]", index = "0", paramLabel = "${bundle:label.scenario:-SCENARIO}", description = "fanin, fanout or conns.")
    Scenario scenario;

    @Option(names = {"-h", "--host"}, paramLabel = "${bundle:label.host:-HOST}", description = "Broker host (default 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(names = {"-p", "--port"}, paramLabel = "${bundle:label.port:-PORT}", description = "Broker port (default 1883).")
    int port = 1883;

    @Option(names = {"-V", "--protocol-version"}, paramLabel = "311|5", description = "MQTT version (default 311).")
    String protocol = "311";

    @Option(names = {"-q", "--qos"}, paramLabel = "0|1|2", description = "QoS of publications and subscriptions (default 0).")
    int qos;

    @Option(names = "--size", paramLabel = "${bundle:label.bytes:-BYTES}", description = "Payload size (default 64; at least 20).")
    int size = 64;

    @Option(names = "--duration", paramLabel = "S", description = "Publish for S seconds (default 10), or hold conns that long (default 5).")
    Double duration;

    @Option(names = "--count", paramLabel = "N", description = "Instead of a duration: N messages per publisher.")
    long count;

    @Option(names = "--warmup", paramLabel = "S", description = "Leave the first S seconds out of rate and latency (default 0).")
    double warmup;

    @Option(names = "--publishers", paramLabel = "P", description = "Publishers (fanin default 4, fanout 1).")
    Integer publishers;

    @Option(names = "--subscribers", paramLabel = "S", description = "Subscribers (fanin default 1, fanout 8).")
    Integer subscribers;

    @Option(names = "--connections", paramLabel = "C", description = "Idle connections for conns (default 1000).")
    int connections = 1000;

    @Option(names = "--window", paramLabel = "N", description = "Unacknowledged QoS 1/2 messages per publisher (default 64); "
            + "at most 2N not yet received by every subscriber, at any QoS.")
    int window = 64;

    @Option(names = "--rate", paramLabel = "${bundle:label.rate:-MSG/S}", description = "Publish at this total rate (all publishers together) "
            + "instead of as fast as the windows allow: latency at a given load (default 0 = as fast as possible).")
    double rate;

    @Option(names = "--keepalive", paramLabel = "S", description = "Keep alive of every connection (default 60).")
    int keepAlive = 60;

    @Option(names = {"-t", "--topic"}, paramLabel = "${bundle:label.prefix:-PREFIX}", description = "Topic prefix (default mqttlab-bench/RANDOM).")
    String topic;

    @Option(names = "--timeout", paramLabel = "S", description = "Give up after S seconds (default 120).")
    double timeout = 120;

    @Option(names = "--embedded", description = "Run the lab broker in this JVM and measure it (conns: heap per connection).")
    boolean embedded;

    @Option(names = "--pid", paramLabel = "PID", description = "The broker's process id: its CPU use, and for conns its VmRSS per connection.")
    long pid;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--help", usageHelp = true, description = "Show this help.")
    boolean help;

    @Override
    public Integer call() {
        Broker broker = null;
        try {
            if (embedded) broker = EmbeddedBroker.start();
            BenchSettings s = settings(broker == null ? port : broker.port(), broker == null ? host : "127.0.0.1");
            if (pid > 0 && embedded) throw new IllegalArgumentException(t("bench.pid.embedded"));
            Progress progress = Progress.to(System.err, System.console() != null);
            if (scenario == Scenario.CONNS) {
                MemoryProbe probe = embedded ? MemoryProbe.heap() : pid > 0 ? MemoryProbe.resident(pid) : null;
                ConnsResult r = ConnsRun.run(s, probe, progress);
                System.out.print(json ? r.json() + "\n" : r.text());
            } else {
                MessageResult r = MessageRun.run(s, progress);
                System.out.print(json ? r.json() + "\n" : r.text());
            }
            return 0;
        } catch (IllegalArgumentException | BenchException | BrokerStartException e) {
            spec.commandLine().getErr().println(t("cli.error", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 1;
        } finally {
            if (broker != null) broker.stop();
        }
    }

    BenchSettings settings(int actualPort, String actualHost) {
        MqttVersion v = switch (protocol) {
            case "311", "mqttv311", "4" -> MqttVersion.V3_1_1;
            case "5", "mqttv5" -> MqttVersion.V5;
            default -> throw new IllegalArgumentException(t("bench.bad.version", protocol));
        };
        boolean fanin = scenario == Scenario.FANIN;
        int p = publishers != null ? publishers : fanin ? 4 : 1;
        int sub = subscribers != null ? subscribers : fanin ? 1 : 8;
        double d = duration != null ? duration : scenario == Scenario.CONNS ? 5 : 10;
        String prefix = topic != null ? topic : "mqttlab-bench/" + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 24));
        if (pid > 0 && !mqttlab.bench.ProcStat.alive(pid)) throw new IllegalArgumentException(t("bench.no.pid", pid));
        return new BenchSettings(actualHost, actualPort, scenario, qos, v, size, d, count, warmup, p, sub, connections, window,
                rate, keepAlive, prefix, timeout, pid);
    }
}
