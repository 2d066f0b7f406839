package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;

@Command(name = "web", description = "The projector view's address: the building, topic tree, trace and scoreboard, live in a browser.")
public final class WebCommand implements Runnable {
    private final ShellContext ctx;

    public WebCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        var p = ctx.projector();
        if (p == null) throw new ShellException(ctx.t(ctx.endpoint().embedded() ? "shell.web.closed" : "shell.web.external"));
        ctx.println(ctx.t("shell.web.address", p.url()));
        ctx.println(ctx.t("shell.web.what"));
    }
}
