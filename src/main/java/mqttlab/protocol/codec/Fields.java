package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import java.nio.ByteBuffer;
import mqttlab.text.Phrase;

/** Reading the length-prefixed fields (UTF-8 strings, binary data) and packet identifiers, annotated when explaining. */
final class Fields {
    private Fields() {}

    /** A UTF-8 Encoded String [MQTT-1.5.3]: two-byte length, then well-formed UTF-8 without U+0000. */
    static String string(Cursor c, String field, String spec) {
        int at = c.pos;
        int len = c.u16(field);
        if (c.on) c.note(at, 2, field + " Length", Integer.toString(len),
                t("codec.string.length", c.hex(at, 2), len), "MQTT-1.5.3");
        c.need(len, field);
        int from = c.pos;
        long bad = DataTypes.checkUtf8(c.buf, from, from + len);
        if (bad != -1) {
            int kind = (int) (bad >>> 32), idx = (int) bad;
            if (c.on && idx > from) c.note(from, idx - from, field, t("codec.value.partial"), t("codec.string.partial"), spec);
            throw switch (kind) {
                case DataTypes.UTF8_NULL -> c.malformed(idx, new Phrase("codec.bad.utf8.null", FieldName.of(field)),
                        c.rule("MQTT-1.5.3-2", "MQTT-1.5.4-2"));
                case DataTypes.UTF8_SURROGATE -> c.malformed(idx, new Phrase("codec.bad.utf8.surrogate", FieldName.of(field)),
                        c.rule("MQTT-1.5.3-1", "MQTT-1.5.4-1"));
                default -> c.malformed(idx, new Phrase("codec.bad.utf8", FieldName.of(field), String.format("%02x", c.buf.get(idx) & 0xFF)),
                        c.rule("MQTT-1.5.3-1", "MQTT-1.5.4-1"));
            };
        }
        String s = DataTypes.decodeUtf8(c.buf, from, len);
        c.pos += len;
        if (c.on) c.note(from, len, field, quote(s), len == 0 ? t("codec.string.empty") : t("codec.string", len, s.codePointCount(0, s.length())), spec);
        return s;
    }

    /** Binary Data [MQTT-1.5.6 in v5]: two-byte length, then that many bytes. */
    static byte[] binary(Cursor c, String field, String spec) {
        int at = c.pos;
        int len = c.u16(field);
        if (c.on) c.note(at, 2, field + " Length", Integer.toString(len), t("codec.binary.length", c.hex(at, 2), len), spec);
        c.need(len, field);
        byte[] b = DataTypes.bytes(c.buf, c.pos, len);
        if (c.on) c.note(c.pos, len, field, preview(c.buf, c.pos, len), t("codec.binary", len), spec);
        c.pos += len;
        return b;
    }

    /** A non-zero packet identifier [MQTT-2.3.1-1] (v5 [MQTT-2.2.1-3]). */
    static int packetId(Cursor c) {
        int at = c.pos;
        int id = c.u16("Packet Identifier");
        if (c.on) c.note(at, 2, "Packet Identifier", Integer.toString(id), c.hex(at, 2) + " = " + id, c.rule("MQTT-2.3.1", "MQTT-2.2.1"));
        // The bytes parse; a zero id breaks a rule: Protocol Error, not Malformed Packet (5.0 section 4.13).
        if (id == 0) throw c.protocolError(at, new Phrase("codec.bad.id0"), c.rule("MQTT-2.3.1-1", "MQTT-2.2.1-3"));
        return id;
    }

    /** A string as a quoted, escaped literal: control characters as \n, \t, \\u0001. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) sb.append(String.format("\\u%04x", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.append('"').toString();
    }

    /** A payload for people: the quoted text when it is printable UTF-8, else hex (first 32 bytes). */
    static String preview(ByteBuffer buf, int from, int len) {
        if (len == 0) return mqttlab.text.Text.t("codec.payload.empty");
        if (DataTypes.checkUtf8(buf, from, from + len) == -1) {
            String s = DataTypes.decodeUtf8(buf, from, len);
            boolean printable = s.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7F || cp == '\n' || cp == '\r' || cp == '\t');
            if (printable) return quote(s);
        }
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < Math.min(len, 32); i++) sb.append(String.format("%02x", buf.get(from + i) & 0xFF));
        if (len > 32) sb.append("…");
        return sb.toString();
    }
}
