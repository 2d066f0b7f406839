package mqttlab.shell.exercise;

import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cut", description = "Close any client's connection at the broker without DISCONNECT (its will fires). Needs the embedded broker.",
        footerHeading = "%nExample:%n", footer = {"  clients", "  cut sensor9"})
public final class CutCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "ID", description = "the client id, as `clients` lists it")
    String clientId;

    public CutCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        if (!ctx.broker("cut").cut(clientId)) throw new ShellException(ctx.t("shell.cut.unknown", clientId));
        ctx.println(ctx.t("shell.cut.done", clientId));
    }
}
