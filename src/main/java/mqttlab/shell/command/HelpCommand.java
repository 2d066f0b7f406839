package mqttlab.shell.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import mqttlab.shell.CommandRegistry;
import mqttlab.shell.ShellCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.shell.ui.Table;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", aliases = "?", description = "List the commands, or show one command's options and examples.",
        footerHeading = "%nExamples:%n", footer = {"  help", "  help sub"})
public final class HelpCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to explain")
    String command;

    public HelpCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        CommandRegistry registry = ctx.registry() != null ? ctx.registry() : ShellCommands.registry();
        if (command == null) {
            ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.help.header")));
            Table t = new Table();
            for (CommandRegistry.Entry e : registry.entries()) {
                String names = e.name() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")");
                t.row(names, ctx.messages().summary(e.name(), e.summary()));
            }
            for (AttributedString l : t.render(false)) ctx.println(indent(l));
            return;
        }
        CommandRegistry.Entry e = registry.find(command);
        if (e == null) throw new ShellException(ctx.t("shell.no.such.help", command));
        CommandLine cl = mqttlab.text.PicocliText.localize(new CommandLine(e.factory().apply(ctx)));
        cl.setUsageHelpWidth(Math.max(80, Math.min(ctx.width(), 140)));
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        for (String l : w.toString().stripTrailing().split("\n")) ctx.println(l);
        if (e.name().equals("sub") || e.name().equals("pub")) ctx.println(ctx.t("shell.help.aliases", "mosquitto_" + e.name()));
    }

    private static AttributedString indent(AttributedString l) {
        return new AttributedStringBuilder().append("  ").append(l).toAttributedString();
    }
}
