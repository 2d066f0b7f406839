package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.shell.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "disconnect", description = "Close a session gracefully: DISCONNECT is sent, so the broker discards its will.",
        footerHeading = "%nExamples:%n", footer = {"  disconnect pub1"})
public final class DisconnectCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "NAME[0]", arity = "0..1", paramLabel = "${bundle:label.name:-NAME}", description = "the session (default: the current one)")
    String name;

    public DisconnectCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Session s = ctx.sessions().get(name == null ? ctx.sessions().currentName() : name);
        if (s.connection().isConnected()) Session.await("disconnect", s.connection().disconnect());
        ctx.sessions().remove(s.name());
        ctx.println(ctx.t("shell.disconnected", s.name()));
    }
}
