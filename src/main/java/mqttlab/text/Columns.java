package mqttlab.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * How many terminal columns text takes, and text fitted to columns: the lab's one display-width
 * helper. A Hangul syllable or CJK character takes two columns, a combining mark none, a control
 * character none (it is shown some other way, see {@link OutsideText}). The widths are JLine's
 * {@link WCWidth} (Markus Kuhn's wcwidth, the table the shell's line editor itself uses), so what is
 * measured here lines up with what JLine draws.
 */
public final class Columns {
    private Columns() { }

    /** Columns one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    /** Columns {@code s} takes. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} followed by spaces up to {@code columns} (unchanged when already as wide). */
    public static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - of(s)));
    }

    /** The longest start of {@code s} that fits {@code columns}, and always at least one character. */
    public static String head(String s, int columns) {
        int cols = 0, i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cols + of(cp) > columns && i > 0) break;
            cols += of(cp);
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** At most {@code columns} wide, ending in "…" when cut. */
    public static String truncate(String s, int columns) {
        if (of(s) <= columns) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (w + of(cp) > columns - 1) break;
            b.appendCodePoint(cp);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Lines of at most {@code width} columns, broken at spaces, and inside a word only when it is wider than a line. */
    public static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineW = 0;
        for (String word : s.split(" ", -1)) {
            int ww = of(word);
            if (lineW > 0 && lineW + 1 + ww > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineW = 0;
            }
            if (lineW > 0) { line.append(' '); lineW++; }
            while (ww > width) {
                int cut = 0, cw = 0;
                while (cut < word.length() && cw + of(word.codePointAt(cut)) <= width - lineW) {
                    cw += of(word.codePointAt(cut));
                    cut += Character.charCount(word.codePointAt(cut));
                }
                if (cut == 0) { lines.add(line.toString()); line.setLength(0); lineW = 0; continue; }
                line.append(word, 0, cut);
                lines.add(line.toString());
                line.setLength(0);
                lineW = 0;
                word = word.substring(cut);
                ww = of(word);
            }
            line.append(word);
            lineW += ww;
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** Word-wraps at spaces to {@code width} columns, never inside a word; continuation lines start with {@code indent}. */
    public static List<String> wrapWords(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        boolean fresh = true;
        for (String word : text.split(" ")) {
            int ww = of(word);
            if (!fresh && lineWidth + 1 + ww > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                lineWidth = of(indent);
                fresh = true;
            }
            if (!fresh) {
                line.append(' ');
                lineWidth++;
            }
            line.append(word);
            lineWidth += ww;
            fresh = false;
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
