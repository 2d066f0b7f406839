package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Qos;
import mqttlab.text.Phrase;

/** Reads and explains the fixed header: the type-and-flags byte and the remaining length (section 2.2). */
final class FixedHeaderReader {
    private FixedHeaderReader() {}

    /** Reads the header, sets {@code c.type} and {@code c.end}; returns the flags nibble. */
    static int read(Cursor c) {
        if (c.available <= c.start) throw new MalformedPacketException(0, new Phrase("codec.bad.no.bytes"), "MQTT-2.2");
        int first = c.u8("Fixed Header");
        PacketType type = PacketType.of(first >>> 4);
        int flags = first & 0x0F;
        c.type = type;
        if (c.on) explainFirstByte(c, first, type, flags);
        if (type == PacketType.AUTH && !c.v5 && c.version != null) {
            throw c.malformed(c.start, new Phrase("codec.bad.auth", c.version.label()), "MQTT-2.2.1");
        }
        if (type == PacketType.RESERVED) throw c.malformed(c.start, new Phrase("codec.bad.type0"), "MQTT-2.2.1");
        int required = type.requiredFlags();
        if (required >= 0 && flags != required) {
            throw c.malformed(c.start, new Phrase("codec.bad.flags", type.name(), bits(required, 4), bits(flags, 4)), "MQTT-2.2.2-1");
        }
        int at = c.pos;
        long read = DataTypes.readVbi(c.buf, at, c.available);
        if (read == DataTypes.VBI_TOO_LONG) {
            c.pos = at + 4;
            if (c.on) c.note(at, 4, "Remaining Length", t("codec.value.invalid"), t("codec.rl.invalid"), "MQTT-2.2.3");
            throw c.malformed(at + 4 - 1, new Phrase("codec.bad.rl.fifth", at + 3 - c.start), "MQTT-1.5.5-1");
        }
        if (read == DataTypes.VBI_INCOMPLETE) {
            c.pos = c.available;
            if (c.on && c.pos > at) c.note(at, c.pos - at, "Remaining Length", t("codec.value.incomplete"), t("codec.rl.incomplete"), "MQTT-2.2.3");
            throw new MalformedPacketException(c.pos - c.start, new Phrase("codec.bad.rl.cut", c.pos - c.start), "MQTT-2.2.3");
        }
        int value = DataTypes.vbiValue(read);
        c.pos = at + DataTypes.vbiLength(read);
        if (c.on) {
            int n = c.pos - at;
            String how = n == 1 ? c.hex(at, 1) + " → " + value : c.hex(at, n) + " → " + terms(c, at, n) + " = " + value;
            c.note(at, n, "Remaining Length", Integer.toString(value), t("codec.rl.follow", how)
                    + (n > DataTypes.vbiSize(value) ? t("codec.rl.not.shortest") : ""), "MQTT-2.2.3");
        }
        c.end = c.pos + value;
        return flags;
    }

    /** "16 + 1×128" for the bytes 0x90 0x01: each byte's seven bits times its weight, for the explanation. */
    private static String terms(Cursor c, int at, int n) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0, weight = 1; i < n; i++, weight <<= 7) {
            sum.append(i == 0 ? "" : " + ").append(c.buf.get(at + i) & 0x7F).append(i == 0 ? "" : "×" + weight);
        }
        return sum.toString();
    }

    private static void explainFirstByte(Cursor c, int first, PacketType type, int flags) {
        String summary = t("codec.type", type.value(), type.name());
        if (type == PacketType.PUBLISH) {
            int q = flags >> 1 & 3;
            summary += ", DUP " + (flags >> 3 & 1) + ", QoS " + q + ", RETAIN " + (flags & 1);
            c.note(c.start, 1, "Header Flags", bits(first, 8), summary, "MQTT-2.2");
            c.note(c.start, 1, "Message Type", type.value() + " " + type.name(), t("codec.type.bits", bits(type.value(), 4), type.description()), "MQTT-2.2.1");
            c.note(c.start, 1, "DUP Flag", Integer.toString(flags >> 3 & 1), t((flags & 8) != 0 ? "codec.dup.1" : "codec.dup.0"), "MQTT-3.3.1.1");
            c.note(c.start, 1, "QoS Level", Integer.toString(q), t("codec.qos.bits", bits(q, 2), t("codec.qos." + q)), "MQTT-3.3.1.2");
            c.note(c.start, 1, "Retain", Integer.toString(flags & 1), t((flags & 1) != 0 ? "codec.retain.1" : "codec.retain.0"), "MQTT-3.3.1.3");
        } else {
            int req = type.requiredFlags();
            c.note(c.start, 1, "Header Flags", bits(first, 8), summary + (type == PacketType.RESERVED ? "" : t("codec.flags", bits(flags, 4))), "MQTT-2.2");
            c.note(c.start, 1, "Message Type", type.value() + " " + type.name(), t("codec.type.bits", bits(type.value(), 4), type.description()), "MQTT-2.2.1");
            if (req >= 0) c.note(c.start, 1, "Reserved Flags", bits(flags, 4), t("codec.reserved.flags", bits(req, 4), type.name())
                    + (flags == req ? "" : t("codec.violation")), "MQTT-2.2.2-1");
        }
    }

    /** The low {@code width} bits of v as 0/1, in groups of four: {@code 0011 0010}. */
    static String bits(int v, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) {
            sb.append((v >> i & 1) == 0 ? '0' : '1');
            if (i % 4 == 0 && i > 0) sb.append(' ');
        }
        return sb.toString();
    }
}
