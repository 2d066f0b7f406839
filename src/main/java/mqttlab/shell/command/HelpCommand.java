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
        String rendered = w.toString();
        if (rendered.codePoints().anyMatch(HelpCommand::hangul)) rendered = brokenAtSpaces(cl, cl.getUsageHelpWidth());
        for (String l : rendered.stripTrailing().split("\n")) ctx.println(l);
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

    private static boolean hangul(int cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

    /**
     * The usage as picocli lays it out, but with its descriptions broken at spaces. picocli breaks a line
     * wherever java.text.BreakIterator allows, and that allows a break between any two Hangul syllables (as
     * between Chinese characters), so "옵션" could end one line as "옵" and begin the next with "션". Korean
     * puts spaces between words: the descriptions are rendered unwrapped and broken here at spaces, under
     * their own column as picocli indents them. The synopsis keeps picocli's layout (it breaks between options).
     */
    private static String brokenAtSpaces(CommandLine cl, int width) {
        StringBuilder out = new StringBuilder();
        var map = cl.getHelpSectionMap();
        for (String key : cl.getHelpSectionKeys()) {
            CommandLine.IHelpSectionRenderer r = map.get(key);
            if (r == null) continue;
            boolean synopsis = key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING)
                    || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);
            cl.setUsageHelpWidth(synopsis ? width : UNWRAPPED);
            String text = r.render(new CommandLine.Help(cl.getCommandSpec(), CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)));
            if (synopsis) { out.append(text); continue; }
            for (String line : text.split("\n", -1)) {
                for (String l : atSpaces(line, width)) out.append(l).append('\n');
                out.setLength(out.length() - 1);
                out.append('\n');
            }
            out.setLength(out.length() - 1);
        }
        cl.setUsageHelpWidth(width);
        return out.toString();
    }

    /** One line of a description section in lines of {@code width} columns, continued under its description column. */
    private static java.util.List<String> atSpaces(String line, int width) {
        if (Columns.of(line) <= width) return java.util.List.of(line);
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        int gap = lead == 0 ? -1 : line.indexOf("  ", lead);
        int start = gap < 0 ? lead : line.length() - line.substring(gap).stripLeading().length();
        String prefix = line.substring(0, start);
        int column = Columns.of(prefix);
        String more = lead == 0 ? "" : "  ";   // picocli continues an option's description two columns further in
        java.util.List<String> wrapped = Columns.wrapWords(line.substring(start), Math.max(20, width - column), more);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) lines.add((i == 0 ? prefix : " ".repeat(column)) + wrapped.get(i));
        return lines;
    }

    private static final int UNWRAPPED = 1000;
    private static final int INDENT = 2;
    private static final int GAP = 2;
}
