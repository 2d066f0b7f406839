package mqttlab.shell.command;

import mqttlab.text.Columns;
import java.io.PrintWriter;
import java.io.StringWriter;
import mqttlab.shell.CommandRegistry;
import mqttlab.shell.ShellCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", aliases = "?", description = "List the commands, or show one command's options and examples.",
        footerHeading = "%nExamples:%n", footer = {"  help", "  help sub", "  help fault drop"})
public final class HelpCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "COMMAND[0]", index = "0", arity = "0..1", paramLabel = "${bundle:label.command:-COMMAND}", description = "the command to explain")
    String command;

    @Parameters(descriptionKey = "SUBCOMMAND[1]", index = "1", arity = "0..1", paramLabel = "${bundle:label.subcommand:-SUBCOMMAND}", description = "one of its subcommands (fault drop, trace last…)")
    String subcommand;

    public HelpCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        CommandRegistry registry = ctx.registry() != null ? ctx.registry() : ShellCommands.registry();
        if (command == null) {
            ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.help.header")));
            java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
            for (CommandRegistry.Entry e : registry.entries()) {
                String names = e.name() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")");
                rows.put(names, ctx.messages().summary(e.name(), e.summary()));
            }
            int names = rows.keySet().stream().mapToInt(Columns::of).max().orElse(0);
            String hanging = " ".repeat(INDENT + names + GAP);
            int room = Math.max(24, ctx.width() - hanging.length() - 1);
            rows.forEach((n, summary) -> {
                // the summary wraps at spaces under itself, so no word is split by the terminal
                String first = " ".repeat(INDENT) + Columns.pad(n, names) + " ".repeat(GAP);
                java.util.List<String> lines = Columns.wrapWords(summary, room, "");
                for (int i = 0; i < lines.size(); i++) ctx.println((i == 0 ? first : hanging) + lines.get(i));
            });
            return;
        }
        CommandRegistry.Entry e = registry.find(command);
        if (e == null) throw new ShellException(ctx.t("shell.no.such.help", command));
        CommandLine cl = mqttlab.text.PicocliText.localize(new CommandLine(e.factory().apply(ctx)));
        if (subcommand != null) {
            CommandLine sub = cl.getSubcommands().get(subcommand.toLowerCase(java.util.Locale.ROOT));
            if (sub == null) throw new ShellException(ctx.t("shell.no.such.help", command + " " + subcommand));
            cl = sub;
        }
        cl.setUsageHelpWidth(Math.max(80, Math.min(ctx.width(), 140)));
        // the examples are printed here, not by picocli: it wraps a long one back to column 0, the lab's printer
        // wraps its description under itself
        var usage = cl.getCommandSpec().usageMessage();
        String[] examples = usage.footer();
        String examplesHeading = usage.footerHeading();
        java.util.List<String> sections = new java.util.ArrayList<>(cl.getHelpSectionKeys());
        sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
        sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER);
        cl.setHelpSectionKeys(sections);
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        for (String l : w.toString().stripTrailing().split("\n")) ctx.println(l);
        StringBuilder footer = new StringBuilder(examplesHeading == null ? "" : examplesHeading);
        for (String line : examples) footer.append(line).append("%n");
        String text;
        try {
            text = String.format(footer.toString()); // as picocli reads them: format strings, %n and %% included
        } catch (java.util.IllegalFormatException notAFormat) {
            text = footer.toString().replace("%n", "\n");
        }
        if (!text.isBlank()) for (String l : text.stripTrailing().split("\n", -1)) ctx.println(l);
        if (e.name().equals("sub") || e.name().equals("pub")) ctx.println(ctx.t("shell.help.aliases", "mosquitto_" + e.name()));
    }

    private static final int INDENT = 2;
    private static final int GAP = 2;
}
