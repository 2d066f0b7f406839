package mqttlab.protocol.topic;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Colour and marks for text answers, plus display-width helpers (a Korean character takes two
 * columns). {@link #PLAIN} for pipes and files; the caller decides colour (terminal, NO_COLOR).
 */
public record TextStyle(boolean color, boolean unicode) {
    public static final TextStyle PLAIN = new TextStyle(false, true);

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    public String yes() {
        return unicode ? "✓" : "[yes]";
    }

    public String no() {
        return unicode ? "✗" : "[no]";
    }

    public String good(String s) {
        return color ? GREEN + s + RESET : s;
    }

    public String bad(String s) {
        return color ? RED + s + RESET : s;
    }

    public String dim(String s) {
        return color ? DIM + s + RESET : s;
    }

    /** Columns {@code s} takes in a terminal. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} followed by spaces up to {@code columns}. */
    public static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - displayWidth(s)));
    }

    /** At most {@code columns} wide, ending in "…" when cut. */
    public static String truncate(String s, int columns) {
        if (displayWidth(s) <= columns) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > columns - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Word-wraps at spaces to {@code width} columns; continuation lines start with {@code indent}. */
    public static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        boolean fresh = true;
        for (String word : text.split(" ")) {
            int ww = displayWidth(word);
            if (!fresh && lineWidth + 1 + ww > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                lineWidth = displayWidth(indent);
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
