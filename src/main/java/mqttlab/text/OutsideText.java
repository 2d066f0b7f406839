package mqttlab.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that came from outside the lab — a classmate's topic, client id, user name or payload, a
 * report, a log line quoting any of them — made harmless for a terminal: every character that
 * could drive it is shown instead of sent. C0 controls become their control pictures (ESC is
 * {@code ␛}, NUL {@code ␀}, CR {@code ␍}), a line feed inside one line is {@code ↵}, DEL is
 * {@code ␡}, C1 controls (8-bit CSI U+009B among them) and bidi controls (U+202E…) are written as
 * {@code <U+202E>}, and a lone surrogate as U+FFFD. Characters that print as nothing (zero-width
 * spaces and joiners, the byte order mark, the Hangul fillers, tag characters) are written as
 * {@code <U+200B>} too: with them two topics or user names that look the same are not, and a
 * classmate could pass for another. A combining mark with nothing before it in the text would sit
 * on the lab's own character before it, and a pile of them on one letter spills over the rows
 * above and below, so such marks (one without a base, a fourth on one base) are written as
 * {@code <U+0301>}. Nothing else is touched, so Korean and emoji stay as they are. On a terminal
 * without Unicode the shell turns the pictures into ASCII.
 */
public final class OutsideText {
    private OutsideText() { }

    /** What to show for {@code c}, or null when it is safe to print as it is (line feed included). */
    public static String shown(char c) {
        if (c == '\n') return null;
        if (c < 0x20) return String.valueOf((char) (0x2400 + c));
        if (c == 0x7F) return "␡";
        if (c >= 0x80 && c <= 0x9F || bidi(c) || invisible(c) || c == '\u2028' || c == '\u2029') return String.format("<U+%04X>", (int) c);
        return null;
    }

    /** Most combining marks one character may carry before the next are shown as code points (Vietnamese uses two). */
    public static final int MAX_MARKS = 3;

    /**
     * What to show for combining mark {@code c}, the {@code run}-th in a row (1 for the first) after its base,
     * or null to print it: one with no base ({@code run} counts from the start of the text) or past
     * {@link #MAX_MARKS} is shown as a code point. Null as well when {@code c} is no combining mark.
     */
    public static String mark(char c, int run, boolean hasBase) {
        if (!isMark(c)) return null;
        return !hasBase || run > MAX_MARKS ? String.format("<U+%04X>", (int) c) : null;
    }

    /** A combining mark: printed on the character before it rather than a column of its own. */
    public static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** One line: as {@link #shown}, and line feeds shown as {@code ↵}, tabs as {@code ␉}. */
    public static String line(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        boolean base = false;   // a character before, for a combining mark to sit on
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = c == '\n' ? "↵" : surrogate(s, i) ? "\uFFFD" : shown(c);
            if (r == null && Character.isHighSurrogate(c) && i + 1 < s.length()) {
                int cp = s.codePointAt(i);
                String tag = cp >= 0xE0000 && cp <= 0xE007F ? String.format("<U+%05X>", cp) : null;   // tag characters print as nothing
                if (tag != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
                if (b != null) {
                    if (tag != null) b.append(tag);
                    else b.append(c).append(s.charAt(i + 1));
                }
                base = true;
                marks = 0;
                i++;
                continue;
            }
            if (r == null && isMark(c)) {
                r = mark(c, ++marks, base);
            } else {
                marks = 0;
                base = true;
            }
            if (r != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (r != null) b.append(r);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A log line (the broker's, mosquitto's format): as {@link #line}, but its tabs kept, since the log indents its
     * detail lines with one. A user name or client id can then neither drive the terminal nor start a forged line.
     */
    public static String logLine(String s) {
        if (s.indexOf('\t') < 0) return line(s);
        String[] parts = s.split("\t", -1);
        for (int i = 0; i < parts.length; i++) parts[i] = line(parts[i]);
        return String.join("\t", parts);
    }

    /**
     * Text of several lines for a terminal: each line made harmless as {@link #line}, the line feeds kept (CR LF
     * becomes LF). For output that is the text itself, such as {@code mqttlab sub} printing payloads on a terminal.
     */
    public static String keepingLines(String s) {
        return String.join("\n", lines(s));
    }

    /** One line, cut to {@code maxColumns} display columns with an ellipsis when longer. */
    public static String line(String s, int maxColumns) {
        return cut(line(s), maxColumns);
    }

    /**
     * Several lines: split at line feeds (CR LF counts as one), each made harmless as {@link #line}.
     * The caller shows the lines after the first as continuations (indented or marked), so no line
     * of someone else's text can start at the left edge and pass for the lab's own output.
     */
    public static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return List.of("");
        int start = 0;
        for (int nl = s.indexOf('\n'); ; nl = s.indexOf('\n', start)) {
            int end = nl < 0 ? s.length() : nl;
            int cut = nl > 0 && end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(line(s.substring(start, cut)));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    /**
     * Screen rows for {@code s}: split at line feeds, made harmless, and cut into rows of at most
     * {@code first} columns (the first row, which follows something on its line) and {@code rest}
     * (the others, which the caller marks as continuations). A width of 0 or less leaves lines
     * uncut. At most {@code maxRows} rows; the last says how many characters were left out.
     */
    public static List<String> rows(String s, int first, int rest, int maxRows) {
        List<String> out = new ArrayList<>();
        int total = 0;
        for (String line : lines(s)) {
            do {
                int w = out.isEmpty() ? first : rest;
                String row = w <= 0 ? line : Columns.head(line, Math.max(1, w));
                out.add(row);
                line = line.substring(row.length());
                total += row.length();
            } while (!line.isEmpty());
        }
        if (out.size() <= maxRows) return out;
        int shown = 0;
        List<String> kept = new ArrayList<>(out.subList(0, Math.max(1, maxRows - 1)));
        for (String r : kept) shown += r.length();
        kept.add("… +" + (total - shown));
        return kept;
    }

    /** {@code s} in at most {@code maxColumns} columns: cut with {@code …} when wider (Korean counts two). */
    public static String cut(String s, int maxColumns) {
        return maxColumns <= 0 ? "" : Columns.truncate(s, maxColumns);
    }

    /**
     * Characters that take no room and show nothing: zero-width space, non-joiner and joiner, word joiner and
     * the invisible operators, the byte order mark, soft hyphen, combining grapheme joiner, Mongolian vowel
     * separator, deprecated format controls, interlinear annotation marks, and the Hangul fillers (which
     * Korean keyboards can type and which look like a blank or nothing at all).
     */
    static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u034F' || c == '\u115F' || c == '\u1160' || c == '\u180E'
                || (c >= '\u200B' && c <= '\u200D') || (c >= '\u2060' && c <= '\u2064') || (c >= '\u206A' && c <= '\u206F')
                || c == '\u3164' || c == '\uFEFF' || c == '\uFFA0' || (c >= '\uFFF9' && c <= '\uFFFB');
    }

    /** Bidi controls: embeddings, overrides, isolates and marks, which reorder what follows them. */
    static boolean bidi(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean surrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        return Character.isLowSurrogate(c);   // a low one reached here had no high one before it
    }
}
