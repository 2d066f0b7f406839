package mqttlab.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds packets byte by byte for tests that must send what no encoder would: broken, or just unusual. */
public final class Frames {
    private Frames() { }

    /** A whole packet: the first byte, the remaining length, then the parts. */
    public static byte[] packet(int firstByte, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) body.writeBytes(p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(firstByte);
        int n = body.size();
        do {
            int b = n % 128;
            n /= 128;
            out.write(n > 0 ? b | 0x80 : b);
        } while (n > 0);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A UTF-8 Encoded String: two-byte length, then the bytes. */
    public static byte[] string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 2];
        out[0] = (byte) (b.length >> 8);
        out[1] = (byte) b.length;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    public static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    /**
     * A CONNECT: protocol "MQTT" at {@code level} (5 adds {@code properties}, e.g. {@code bytes(0)}
     * for none), the connect flags, keep alive 60, the client id, then whatever {@code payload} follows.
     */
    public static byte[] connect(int level, int flags, byte[] properties, String clientId, byte[]... payload) {
        byte[][] parts = new byte[4 + payload.length][];
        parts[0] = string(level == 3 ? "MQIsdp" : "MQTT");
        parts[1] = bytes(level, flags, 0, 60);
        parts[2] = level >= 5 ? properties : new byte[0];
        parts[3] = string(clientId);
        System.arraycopy(payload, 0, parts, 4, payload.length);
        return packet(0x10, parts);
    }
}
