package mqttlab.text;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help with its Korean broken at spaces. picocli breaks a line wherever java.text.BreakIterator
 * allows, and that allows a break between any two Hangul syllables (as between Chinese characters), so
 * "(mosquitto_sub와 같은 옵션)" could end one line with "옵" and begin the next with "션)". Korean puts
 * spaces between words: a section that holds Hangul is rendered unwrapped and broken here at spaces, each
 * line continued under its own description column as picocli indents it. The synopsis keeps picocli's
 * layout (it breaks between options), and a section without Hangul is left as picocli renders it.
 */
final class KoreanHelpWrap {
    private KoreanHelpWrap() { }

    private static final int UNWRAPPED = 1000;

    /** {@code r}, its Korean broken at spaces; the synopsis sections are returned as they are. */
    static CommandLine.IHelpSectionRenderer around(String key, CommandLine.IHelpSectionRenderer r) {
        if (key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING) || key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) return r;
        return help -> {
            String text = r.render(help);
            if (text.codePoints().noneMatch(KoreanHelpWrap::hangul)) return text;
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            int width = usage.width();
            usage.width(UNWRAPPED);
            try {
                text = r.render(help);
            } finally {
                usage.width(width);
            }
            StringBuilder out = new StringBuilder();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(String.join("\n", atSpaces(lines[i], width)));
                if (i < lines.length - 1) out.append('\n');
            }
            return out.toString();
        };
    }

    private static boolean hangul(int cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

    /** One line of a section in lines of {@code width} columns, continued under its description column. */
    static List<String> atSpaces(String line, int width) {
        if (Columns.of(line) <= width) return List.of(line);
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        // an option's or parameter's row: the description starts after the first gap of two spaces or more
        int gap = lead == 0 ? -1 : line.indexOf("  ", lead);
        int start = gap < 0 ? lead : line.length() - line.substring(gap).stripLeading().length();
        String prefix = line.substring(0, start);
        int column = Columns.of(prefix);
        String more = lead == 0 ? "" : "  ";   // picocli continues a row's description two columns further in
        List<String> wrapped = Columns.wrapWords(line.substring(start), Math.max(20, width - column), more);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) lines.add((i == 0 ? prefix : " ".repeat(column)) + wrapped.get(i));
        return lines;
    }
}
