package mqttlab.shell.mqtt;

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

    /** The variable byte integer at {@code at}: {value, bytes used}. */
    public int[] vbi(int at) {
        int value = 0, mult = 1, i = at;
        while (i < body.length) {
            int b = body[i++] & 0xFF;
            value += (b & 0x7F) * mult;
            if ((b & 0x80) == 0) break;
            mult *= 128;
        }
        return new int[] {value, i - at};
    }
}
