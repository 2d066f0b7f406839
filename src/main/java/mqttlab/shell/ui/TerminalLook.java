package mqttlab.shell.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mqttlab.text.OutsideText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * What this terminal can show, decided in one place: colour (only on a terminal, and never when
 * {@code NO_COLOR} is set to anything but the empty string, as https://no-color.org says) and
 * Unicode (box-drawing lines, control pictures, Korean) when its encoding is UTF-8, plain ASCII
 * otherwise.
 *
 * <p>Views draw with Unicode lines; {@link #fit} is applied to every line on its way out and turns
 * them into {@code - | +} when the terminal is not UTF-8, and shows any control character that
 * reached it. Lines are never drawn with the VT100 alternate character set (which tmux and screen
 * show as {@code qqqq} and {@code x}): {@link #noAlternateCharset()} tells JLine so.
 */
public record TerminalLook(boolean colour, boolean unicode) {
    /** JLine's switch, read once when its AttributedCharSequence class loads. */
    public static final String NO_ALT_CHARSET = "org.jline.utils.disableAlternateCharset";

    public static final TerminalLook PLAIN = new TerminalLook(false, true);

    /** Call before anything touches JLine (Main does, first thing). */
    public static void noAlternateCharset() {
        System.setProperty(NO_ALT_CHARSET, "true");
    }

    /** The look for output to {@code encoding}: colour when {@code terminal} and NO_COLOR allows it. */
    public static TerminalLook of(boolean terminal, Charset encoding) {
        return new TerminalLook(terminal && colourAllowed(System.getenv()), unicode(encoding));
    }

    /** False when NO_COLOR is present with a value; an empty NO_COLOR counts as unset. */
    public static boolean colourAllowed(Map<String, String> env) {
        String v = env.get("NO_COLOR");
        return v == null || v.isEmpty();
    }

    static boolean unicode(Charset encoding) {
        return encoding != null && (encoding.equals(StandardCharsets.UTF_8) || encoding.name().toUpperCase().startsWith("UTF"));
    }

    /** The line as this terminal should get it: controls shown, lines in ASCII when not Unicode. Styles kept. */
    public AttributedString fit(AttributedString line) {
        AttributedStringBuilder b = null;
        int marks = 0;   // combining marks in a row: a pile of them spills over the rows above and below
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String r = c == '\t' ? null : OutsideText.shown(c);
            marks = OutsideText.isMark(c) ? marks + 1 : 0;
            if (r == null && marks > 0) r = OutsideText.mark(c, marks, true);
            if (!unicode) r = ascii(r == null ? String.valueOf(c) : r, c);
            if (r != null && b == null) {
                b = new AttributedStringBuilder(line.length() + 8);
                b.append(line.subSequence(0, i));
            }
            if (b != null) b.styled(line.styleAt(i), r == null ? String.valueOf(c) : r);
        }
        return b == null ? line : b.toAttributedString();
    }

    /** {@link #fit} for plain text. */
    public String fit(String s) {
        return fit(new AttributedString(s)).toString();
    }

    /** ASCII for a Unicode line-drawing or control picture, or null to keep {@code original}. */
    private static String ascii(String shown, char original) {
        if (shown.length() != 1) return shown;      // <U+202E> is ASCII already
        char c = shown.charAt(0);
        if (c >= '\u2400' && c < '\u2420') return String.format("\\x%02x", c - 0x2400);
        String r = switch (c) {
            case '─', '━', '┄', '┈', '╌' -> "-";
            case '═' -> "=";
            case '│', '┃', '║', '┆', '┊' -> "|";
            case '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '╭', '╮', '╰', '╯', '╔', '╗', '╚', '╝', '╪', '╫', '╬' -> "+";
            case '▶', '►', '→' -> ">";
            case '◀', '◄', '←' -> "<";
            case '•', '▪' -> "*";
            case '◦' -> "o";
            case '…' -> "...";
            case '—', '–' -> "-";
            case '·' -> ".";
            case '“', '”' -> "\"";
            case '‘', '’' -> "'";
            case '↵' -> "\\n";
            case '␡' -> "\\x7f";
            case '✔', '✓' -> "v";
            case '✗', '✘' -> "x";
            default -> null;
        };
        return r != null ? r : c == original ? null : shown;
    }
}
