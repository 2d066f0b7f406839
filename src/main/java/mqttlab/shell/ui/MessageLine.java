package mqttlab.shell.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import mqttlab.shell.Styles;
import mqttlab.client.MessageFormat;
import mqttlab.client.Received;
import mqttlab.text.OutsideText;
import mqttlab.text.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A received message as the shell prints it: mosquitto_sub's {@code -v} form ("topic payload"), or
 * the subscription's {@code -F} format. On a colour terminal the topic is coloured and the QoS and
 * retain flag follow, faint. Binary payloads (not UTF-8 text) are shown in hex.
 *
 * <p>Topic and payload are someone else's text ({@link OutsideText}): their control characters are
 * shown, and every row after the first — a payload's further lines, or a long line cut to the
 * terminal's width — starts with {@link #CONTINUED}, so a payload can never put a line at the left
 * edge that passes for the lab's own ("[class] Announcement…").
 */
public final class MessageLine {
    /** What starts each further row of one message. */
    public static final String CONTINUED = "  ┆ ";
    /** Rows one message may take; the rest is counted, not shown. */
    static final int MAX_ROWS = 12;

    private MessageLine() { }

    public static AttributedString render(Received m, MessageFormat format, String sessionPrefix, Styles styles) {
        return render(m, format, sessionPrefix, styles, null, 0);
    }

    /**
     * As {@link #render(Received, MessageFormat, String, Styles)}, followed by {@code mark} (e.g. "queued while
     * you were away"); with no mark, a redelivery (DUP = 1) is marked as one, in the catalogue's words.
     */
    public static AttributedString render(Received m, MessageFormat format, String sessionPrefix, Styles styles, String mark) {
        return render(m, format, sessionPrefix, styles, mark, 0);
    }

    /** As {@link #render(Received, MessageFormat, String, Styles, String)}, rows cut to {@code width} columns (0: uncut). */
    public static AttributedString render(Received m, MessageFormat format, String sessionPrefix, Styles styles, String mark, int width) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (sessionPrefix != null) styles.append(sb, Styles.FAINT, "[" + OutsideText.line(sessionPrefix) + "] ");
        if (format != null) {
            continued(sb, styles, OutsideText.rows(new String(format.render(m), StandardCharsets.UTF_8), rest(width, sb), rest(width, null), MAX_ROWS));
            return marked(sb, m, styles, mark);
        }
        String topic = OutsideText.line(m.topic());
        styles.append(sb, m.qos() == 0 ? Styles.TOPIC : styles.qos(m.qos()).bold(), topic);
        sb.append(' ');
        String text = payloadText(m.payload());
        if (text == null) {
            styles.append(sb, Styles.FAINT, "0x");
            continued(sb, styles, OutsideText.rows(HexFormat.of().formatHex(m.payload()), rest(width, sb), rest(width, null), MAX_ROWS));
        } else {
            continued(sb, styles, OutsideText.rows(text, rest(width, sb), rest(width, null), MAX_ROWS));
        }
        if (styles.colour()) {
            styles.append(sb, Styles.FAINT, "  q" + m.qos());
            if (m.retain()) styles.append(sb, Styles.RETAIN, " retained");
        }
        return marked(sb, m, styles, mark);
    }

    private static AttributedString marked(AttributedStringBuilder sb, Received m, Styles styles, String mark) {
        if (m.dup()) styles.append(sb, Styles.RETAIN, "  [" + Text.t("shell.message.dup") + "]");
        if (mark != null) styles.append(sb, Styles.FAINT, "  [" + mark + "]");
        return sb.toAttributedString();
    }

    /** Columns left on the current row ({@code sb} so far), or for a continuation row when {@code sb} is null. */
    private static int rest(int width, AttributedStringBuilder sb) {
        if (width <= 0) return 0;
        int used = sb == null ? CONTINUED.length() : sb.toAttributedString().columnLength();
        return Math.max(8, width - used);
    }

    private static void continued(AttributedStringBuilder sb, Styles styles, List<String> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                sb.append('\n');
                styles.append(sb, Styles.FAINT, CONTINUED);
            }
            sb.append(rows.get(i));
        }
    }

    /**
     * The payload as text, "(null)" when empty (as mosquitto_sub -v prints it), or null when it is not
     * UTF-8 or holds a NUL (binary: shown in hex). Control characters are kept here; whoever prints the text shows them
     * through {@link OutsideText}.
     */
    public static String payloadText(byte[] payload) {
        if (payload.length == 0) return "(null)";
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return s.indexOf('\u0000') >= 0 ? null : s;   // NUL: binary data, not text
    }
}
