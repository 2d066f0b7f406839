package mqttlab.shell.command;

import mqttlab.lessons.LabEvent;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.probe.BrokerProbe;
import mqttlab.shell.probe.ProbeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code probe PORT}: is there a broker on that port (the one the student started in a second terminal)? */
@Command(name = "probe", description = "Look for an MQTT broker on a port: does it answer, what its $SYS topics say, can other machines reach it.",
        footerHeading = "%nExamples:%n", footer = {"  probe 1884", "  probe 1883 -h 127.0.0.1"})
public final class ProbeCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "${bundle:label.port:-PORT}", descriptionKey = "probe.PORT", description = "the port to look at")
    int port;

    @Option(names = {"-h", "--host"}, paramLabel = "${bundle:label.host:-HOST}", descriptionKey = "probe.host", description = "the host (default 127.0.0.1)")
    String host = "127.0.0.1";

    public ProbeCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        if (port < 1 || port > 65535) throw new ShellException(ctx.t("shell.probe.bad.port", port));
        ProbeReport r = BrokerProbe.probe(host, port);
        if (!r.answered()) {
            ctx.println(ctx.t("shell.probe.nothing", host, port, r.failure()));
        } else {
            ctx.println(ctx.t("shell.probe.answered", host, port));
            r.version().ifPresent(v -> ctx.println("  " + ctx.t("shell.probe.version", v)));
            if (r.clientsConnected().isEmpty() && r.publishesReceived().isEmpty()) ctx.println("  " + ctx.t("shell.probe.nosys"));
            else ctx.println("  " + ctx.t("shell.probe.numbers", n(r.clientsConnected()), n(r.subscriptions()), n(r.publishesReceived())));
            ctx.println("  " + r.remote().map(open -> ctx.t(open ? "shell.probe.remote" : "shell.probe.local", r.remoteAddress(), port))
                    .orElse(ctx.t("shell.probe.remote.unknown")));
        }
        ctx.lessons().offer(new LabEvent.BrokerProbed(port, r.answered(), r.remote(), r.publishesReceived().orElse(-1)));
    }

    private static String n(java.util.OptionalLong v) { return v.isPresent() ? String.valueOf(v.getAsLong()) : "?"; }
}
