package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Phrase;

/** The v5 reason codes each packet may carry (MQTT 5.0 section 2.4, table 2-6), read and explained. */
final class ReasonCodes {
    private ReasonCodes() {}

    private static final boolean[][] ALLOWED = new boolean[16][256];

    private static void allow(PacketType t, int... codes) {
        for (int c : codes) ALLOWED[t.value()][c] = true;
    }

    static {
        allow(PacketType.CONNACK, 0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8C,
                0x90, 0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F);
        allow(PacketType.PUBACK, 0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99);
        allow(PacketType.PUBREC, 0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99);
        allow(PacketType.PUBREL, 0x00, 0x92);
        allow(PacketType.PUBCOMP, 0x00, 0x92);
        allow(PacketType.SUBACK, 0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2);
        allow(PacketType.UNSUBACK, 0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91);
        allow(PacketType.DISCONNECT, 0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90,
                0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2);
        allow(PacketType.AUTH, 0x00, 0x18, 0x19);
    }

    static boolean allowed(PacketType t, int code) { return ALLOWED[t.value()][code]; }

    /** The normative statement that lists the reason codes a packet may use. */
    static String rule(PacketType t) {
        return switch (t) {
            case CONNACK -> "MQTT-3.2.2-8";
            case PUBACK -> "MQTT-3.4.2-1";
            case PUBREC -> "MQTT-3.5.2-1";
            case PUBREL -> "MQTT-3.6.2-1";
            case PUBCOMP -> "MQTT-3.7.2-1";
            case SUBACK -> "MQTT-3.9.3-1";
            case UNSUBACK -> "MQTT-3.11.3-1";
            case DISCONNECT -> "MQTT-3.14.2-1";
            default -> "MQTT-3.15.2-1";
        };
    }

    /** Reads one v5 reason code byte, checks it is one this packet may carry, annotates it. */
    static int read(Cursor c, String field) {
        int at = c.pos;
        int code = c.u8(field);
        if (c.on) c.note(at, 1, field, String.format("0x%02x", code), ReasonCode.phrase(code, c.type).shown()
                + (code >= 0x80 ? " " + t("codec.reason.error") : ""), "MQTT-2.4");
        if (!allowed(c.type, code)) {
            throw c.malformed(at, new Phrase("codec.bad.reason", String.format("%02x", code), c.type.name()), rule(c.type));
        }
        return code;
    }
}
