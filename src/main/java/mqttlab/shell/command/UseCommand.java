package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "use", description = "Make a session current: sub and pub go through it.",
        footerHeading = "%nExamples:%n", footer = {"  use pub1", "  use lab"})
public final class UseCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "NAME[0]", paramLabel = "${bundle:label.name:-NAME}", description = "a session name (see `sessions`)")
    String name;

    public UseCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.sessions().use(name);
        ctx.println(ctx.t("shell.now.using", name, ctx.sessions().get(name).clientId()));
    }
}
