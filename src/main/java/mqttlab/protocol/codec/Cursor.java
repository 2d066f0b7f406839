package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.util.List;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Phrase;

/**
 * The decoder's read position in one frame, plus the optional annotation list. Every packet
 * decoder reads through this, and annotates only under {@code if (c.on)}, so the fast path
 * (notes == null) builds no strings and no annotation objects.
 */
final class Cursor {
    final ByteBuffer buf;
    final int start;
    final int available;
    final List<Annotation> notes;
    final boolean on;
    int end;
    int pos;
    MqttVersion version;
    boolean v5;
    PacketType type;

    Cursor(ByteBuffer buf, MqttVersion version, List<Annotation> notes) {
        this.buf = buf;
        this.start = buf.position();
        this.available = buf.limit();
        this.end = available;
        this.pos = start;
        this.notes = notes;
        this.on = notes != null;
        setVersion(version);
    }

    void setVersion(MqttVersion v) {
        this.version = v;
        this.v5 = v.isV5();
    }

    /** Rule id by version: the 3.1.1 and 5.0 standards number the same rule differently. */
    String rule(String v311, String v500) { return v5 ? v500 : v311; }

    int left() { return end - pos; }

    int offset() { return pos - start; }

    void need(int n, String field) {
        if (pos + n <= end && pos + n <= available) return;
        if (pos + n > available && available < end) {
            throw new MalformedPacketException(available - start,
                    new Phrase("codec.bad.cut.short", FieldName.of(field), n, offset(), available - start, end - start), "MQTT-2.2.3");
        }
        throw new MalformedPacketException(offset(), new Phrase("codec.bad.past.end", FieldName.of(field), n, offset(), end - start), "MQTT-2.2.3");
    }

    int u8(String field) {
        need(1, field);
        return buf.get(pos++) & 0xFF;
    }

    int u16(String field) {
        need(2, field);
        int v = DataTypes.twoByte(buf, pos);
        pos += 2;
        return v;
    }

    long u32(String field) {
        need(4, field);
        long v = DataTypes.fourByte(buf, pos);
        pos += 4;
        return v;
    }

    /** A variable byte integer inside the packet (property lengths, subscription identifiers). */
    int vbi(String field) {
        int at = pos;
        long read = DataTypes.readVbi(buf, at, Math.min(end, available));
        if (read == DataTypes.VBI_INCOMPLETE) {
            pos = Math.min(end, available);
            need(1, field); // throws: cut short, or past the packet's end
        }
        if (read == DataTypes.VBI_TOO_LONG) {
            pos = at + 4;
            throw malformed(at + 3, new Phrase("codec.bad.vbi.fifth", FieldName.of(field)), "MQTT-1.5.5-1");
        }
        pos = at + DataTypes.vbiLength(read);
        return DataTypes.vbiValue(read);
    }

    MalformedPacketException malformed(int abs, Phrase message, String rule) {
        return new MalformedPacketException(abs - start, message, rule, ReasonCode.MALFORMED_PACKET);
    }

    MalformedPacketException protocolError(int abs, Phrase message, String rule) {
        return new MalformedPacketException(abs - start, message, rule, ReasonCode.PROTOCOL_ERROR);
    }

    MalformedPacketException malformed(int abs, String message, String rule) {
        return new MalformedPacketException(abs - start, message, rule, ReasonCode.MALFORMED_PACKET);
    }

    MalformedPacketException protocolError(int abs, String message, String rule) {
        return new MalformedPacketException(abs - start, message, rule, ReasonCode.PROTOCOL_ERROR);
    }

    /** Records an annotation; call only under {@code if (on)}. {@code abs} is an absolute buffer index. */
    void note(int abs, int length, String field, String value, String explanation, String spec) {
        notes.add(new Annotation(abs - start, length, field, value, explanation, spec));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** "0x00 0x04" for the bytes at [abs, abs+len). */
    String hex(int abs, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) sb.append(' ');
            int b = buf.get(abs + i) & 0xFF;
            sb.append("0x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }
}
