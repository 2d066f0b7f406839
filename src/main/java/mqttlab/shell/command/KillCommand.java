package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.shell.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "kill", description = "Cut a session's TCP connection without DISCONNECT, as a pulled cable would: its will is published.",
        footerHeading = "%nExamples:%n", footer = {"  connect sensor --will-topic building/125/status --will-payload offline", "  kill sensor"})
public final class KillCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "NAME[0]", paramLabel = "${bundle:label.name:-NAME}", description = "the session to cut")
    String name;

    public KillCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Session s = ctx.sessions().get(name);
        var will = s.connection().settings().will();
        s.connection().kill();
        ctx.sessions().remove(name);
        ctx.println(ctx.t("shell.killed", name, will == null ? ctx.t("shell.killed.no.will") : ctx.t("shell.killed.will", will.topic())));
    }
}
