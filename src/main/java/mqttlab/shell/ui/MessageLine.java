package mqttlab.shell.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import mqttlab.shell.Styles;
import mqttlab.shell.mqtt.MessageFormat;
import mqttlab.shell.mqtt.Received;
import mqttlab.text.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A received message as the shell prints it: mosquitto_sub's {@code -v} form ("topic payload"), or
 * the subscription's {@code -F} format. On a colour terminal the topic is coloured and the QoS and
 * retain flag follow, faint. Binary payloads (not UTF-8 text) are shown in hex.
 */
public final class MessageLine {
    private MessageLine() { }

    public static AttributedString render(Received m, MessageFormat format, String sessionPrefix, Styles styles) {
        return render(m, format, sessionPrefix, styles, null);
    }

    /**
     * As {@link #render(Received, MessageFormat, String, Styles)}, followed by {@code mark} (e.g. "queued while
     * you were away"); with no mark, a redelivery (DUP = 1) is marked as one, in the catalogue's words.
     */
    public static AttributedString render(Received m, MessageFormat format, String sessionPrefix, Styles styles, String mark) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (sessionPrefix != null) styles.append(sb, Styles.FAINT, "[" + sessionPrefix + "] ");
        if (format != null) {
            sb.append(new String(format.render(m), StandardCharsets.UTF_8));
            return marked(sb, m, styles, mark);
        }
        styles.append(sb, m.qos() == 0 ? Styles.TOPIC : styles.qos(m.qos()).bold(), m.topic());
        sb.append(' ');
        String text = payloadText(m.payload());
        if (text == null) styles.append(sb, Styles.FAINT, "0x").append(HexFormat.of().formatHex(m.payload()));
        else sb.append(text);
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

    /** The payload as text, "(null)" when empty (as mosquitto_sub -v prints it), or null when it is binary. */
    public static String payloadText(byte[] payload) {
        if (payload.length == 0) return "(null)";
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) return null;
        }
        return s;
    }
}
