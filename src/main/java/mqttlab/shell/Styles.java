package mqttlab.shell;

import mqttlab.shell.ui.TerminalLook;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours for the shell, or none, as the terminal's {@link TerminalLook} decides. */
public final class Styles {
    public static final AttributedStyle TOPIC = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold();
    public static final AttributedStyle QOS1 = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    public static final AttributedStyle QOS2 = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    public static final AttributedStyle RETAIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    public static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    public static final AttributedStyle OK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle BOLD = AttributedStyle.DEFAULT.bold();

    private final boolean colour;
    private final TerminalLook look;

    public Styles(boolean colour) { this(new TerminalLook(colour, true)); }

    public Styles(TerminalLook look) {
        this.look = look;
        this.colour = look.colour();
    }

    /** Colour and Unicode as {@link TerminalLook} decides for this terminal. */
    public static Styles detect(boolean interactive, java.nio.charset.Charset encoding) {
        return new Styles(TerminalLook.of(interactive, encoding));
    }

    public boolean colour() { return colour; }

    /** Colour, Unicode or ASCII: what every printed line is fitted to. */
    public TerminalLook look() { return look; }

    public AttributedString styled(AttributedStyle style, String text) {
        return new AttributedString(text, colour ? style : AttributedStyle.DEFAULT);
    }

    public AttributedStringBuilder append(AttributedStringBuilder sb, AttributedStyle style, String text) {
        return sb.styled(colour ? style : AttributedStyle.DEFAULT, text);
    }

    public AttributedStyle qos(int qos) {
        return qos == 2 ? QOS2 : qos == 1 ? QOS1 : AttributedStyle.DEFAULT;
    }
}
