package mqttlab.protocol.codec;

import java.util.List;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.text.Phrase;

/**
 * The control characters MQTT 3.1.1 section 1.5.3 and 5.0 section 1.5.4 list as "Disallowed Unicode
 * code points": U+0001..U+001F and U+007F..U+009F. A receiver MAY treat a packet holding one as
 * malformed (5.0) or close the connection (3.1.1); the standards give the rule no statement id.
 * mosquitto refuses them in every string it reads, so a lab broker does the same for client ids and
 * topics. (U+0000 is not here: it is forbidden outright, [MQTT-1.5.3-2] / [MQTT-1.5.4-2].)
 */
public final class DisallowedCodePoints {
    private DisallowedCodePoints() {}

    /** Index of the first disallowed control character in {@code s}, or -1. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x01 && c <= 0x1F) || (c >= 0x7F && c <= 0x9F)) return i;
        }
        return -1;
    }

    /**
     * The first disallowed control character in a PUBLISH topic or a SUBSCRIBE / UNSUBSCRIBE filter,
     * as the exception a receiver treating it as malformed throws; null when there is none.
     */
    public static MalformedPacketException findIn(Packet packet, MqttVersion version) {
        List<String> strings = packet instanceof Publish p ? List.of(p.topic())
                : packet instanceof Subscribe s ? s.subscriptions().stream().map(Subscription::filter).toList()
                : packet instanceof Unsubscribe u ? u.filters() : List.of();
        for (String s : strings) {
            int i = firstControl(s);
            if (i >= 0) {
                Phrase what = new Phrase("codec.control.char", String.format("%04X", (int) s.charAt(i)), i + 1);
                Phrase why = packet instanceof Publish ? new Phrase("codec.control.in.topic", what)
                        : new Phrase("codec.control.in.filter", Fields.quote(s), what);
                return new MalformedPacketException(0, why, version.isV5() ? "MQTT-1.5.4" : "MQTT-1.5.3", ReasonCode.MALFORMED_PACKET);
            }
        }
        return null;
    }

    /** "the control character U+0001 at character 3", in English for the broker's refusal, or null when there is none. */
    public static String describe(String s) {
        int i = firstControl(s);
        return i < 0 ? null : String.format("the control character U+%04X at character %d", (int) s.charAt(i), i + 1);
    }
}
