package mqttlab.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours for the shell, or none: colour only on a real terminal and never when NO_COLOR is set. */
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

    public Styles(boolean colour) { this.colour = colour; }

    /** Colour when interactive and NO_COLOR is unset or empty. */
    public static Styles detect(boolean interactive) {
        String noColor = System.getenv("NO_COLOR");
        return new Styles(interactive && (noColor == null || noColor.isEmpty()));
    }

    public boolean colour() { return colour; }

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
