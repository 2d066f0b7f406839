package mqttlab.client;

import mqttlab.protocol.codec.DataTypes;

/**
 * One MQTT packet seen on a client's wire by {@link WireSniffer}: which way it went, its fixed
 * header's first byte and its body (everything after the remaining length).
 */
public record WireFrame(boolean fromClient, int firstByte, byte[] body) {

    public int type() { return (firstByte >> 4) & 0x0F; }

    public int qos() { return (firstByte >> 1) & 0x03; }

    public boolean dup() { return (firstByte & 0x08) != 0; }

    public boolean retain() { return (firstByte & 0x01) != 0; }

    public int u16(int at) { return at + 1 < body.length ? ((body[at] & 0xFF) << 8) | (body[at + 1] & 0xFF) : 0; }

    public int u8(int at) { return at < body.length ? body[at] & 0xFF : 0; }

    public String utf8(int at) {
        int len = u16(at);
        if (at + 2 + len > body.length) return "";
        return new String(body, at + 2, len, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The variable byte integer at {@code at}: {value, bytes used}; one cut short or too long reads as 0 spanning the rest of the body. */
    public int[] vbi(int at) {
        long read = DataTypes.readVbi(body, at, body.length);
        if (read < 0) return new int[] {0, Math.max(0, body.length - at)};
        return new int[] {DataTypes.vbiValue(read), DataTypes.vbiLength(read)};
    }
}
