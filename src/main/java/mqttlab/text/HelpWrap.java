package mqttlab.text;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help, wrapped between words by display width. picocli breaks a line wherever Java's line
 * BreakIterator allows, and that allows a break between any two Hangul syllables: "실습 브로" and "커"
 * on two rows. So a section is laid out with no width limit, and wrapped here as the lab's printer wraps:
 * prose to the width, and a description in the option and parameter lists under itself.
 */
final class HelpWrap {
    /** Wide enough that picocli never wraps. */
    private static final int UNWRAPPED = 2_000;
    /** picocli's indent for a description's further rows. */
    private static final String MORE = "  ";

    private HelpWrap() { }

    /** The option or parameter list: names as picocli lays them out, each description wrapped under itself. */
    static CommandLine.IHelpSectionRenderer table(CommandLine.IHelpSectionRenderer picocli) {
        return help -> {
            CommandLine.Help.Column[] columns = help.createDefaultLayout().textTable().columns();
            int text = columns[columns.length - 1].indent;
            for (int i = 0; i < columns.length - 1; i++) text += columns[i].width;
            int from = text;
            return unwrapped(help, picocli, width -> row -> tableRow(row, from, width));
        };
    }

    /** A description, header or footer: each paragraph wrapped to the width, its indent kept. */
    static CommandLine.IHelpSectionRenderer prose(CommandLine.IHelpSectionRenderer picocli) {
        return help -> unwrapped(help, picocli, width -> row -> proseRow(row, width));
    }

    private static String unwrapped(CommandLine.Help help, CommandLine.IHelpSectionRenderer picocli, IntFunction<UnaryOperator<String>> rowsAt) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        String wide;
        usage.width(UNWRAPPED);
        try {
            wide = picocli.render(help);
        } finally {
            usage.width(width);
        }
        UnaryOperator<String> wrap = rowsAt.apply(width);
        StringBuilder out = new StringBuilder();
        String[] rows = wide.split("\n", -1);
        for (int n = 0; n < rows.length; n++) {
            if (n > 0) out.append('\n');
            out.append(wrap.apply(rows[n]));
        }
        return out.toString();
    }

    private static String tableRow(String row, int text, int width) {
        String line = row.stripTrailing();
        if (Columns.of(line) <= width || width - text < 20) return line;
        String names = Columns.head(line, text);
        String description = line.substring(names.length()).strip();
        // names wider than their column end the row: picocli put the description on the next one
        if (description.isEmpty() || !names.isBlank() && !names.endsWith(" ")) return line;
        return joined(names, Columns.wrap(description, width - text - MORE.length()), " ".repeat(text) + MORE);
    }

    private static String proseRow(String row, int width) {
        String line = row.stripTrailing();
        if (Columns.of(line) <= width) return line;
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        if (Columns.of(indent) > width / 2) return line;
        return joined(indent, Columns.wrap(line.strip(), width - Columns.of(indent)), indent);
    }

    private static String joined(String first, List<String> rows, String under) {
        StringBuilder b = new StringBuilder(first).append(rows.get(0));
        for (int i = 1; i < rows.size(); i++) b.append('\n').append(under).append(rows.get(i));
        return b.toString();
    }
}
