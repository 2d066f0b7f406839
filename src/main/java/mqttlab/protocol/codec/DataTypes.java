package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The MQTT data types (section 1.5 of both standards): two- and four-byte integers, variable byte
 * integers, UTF-8 strings and binary data. Reads use absolute indexes and never move the buffer;
 * writes are relative puts. Nothing here allocates except the decoded String itself.
 */
public final class DataTypes {
    private DataTypes() {}

    /** {@link #checkUtf8} result kinds, in bits 32..39 of its answer. */
    public static final int UTF8_ILL_FORMED = 1, UTF8_NULL = 2, UTF8_SURROGATE = 3;

    public static int vbiSize(int value) {
        if (value < 0 || value > FrameHeader.MAX_REMAINING_LENGTH) throw new IllegalArgumentException("variable byte integer out of range: " + value);
        return value < 128 ? 1 : value < 16_384 ? 2 : value < 2_097_152 ? 3 : 4;
    }

    public static void writeVbi(ByteBuffer out, int value) {
        vbiSize(value);
        do {
            int b = value & 0x7F;
            value >>>= 7;
            out.put((byte) (value > 0 ? b | 0x80 : b));
        } while (value > 0);
    }

    /** Bytes by absolute index, unsigned (0..255): a ByteBuffer, a byte[] or a Netty ByteBuf all fit. */
    @FunctionalInterface
    public interface ByteAt {
        int get(int index);
    }

    /** {@link #readVbi}: {@code limit} came before the last byte; read again when more bytes are there. */
    public static final long VBI_INCOMPLETE = -1;
    /** {@link #readVbi}: the fourth byte still has its continuation bit, so a fifth would follow [MQTT-1.5.5-1]. */
    public static final long VBI_TOO_LONG = -2;

    /**
     * The lab's one reader of the variable byte integer (section 1.5.5 of both standards), the bytes
     * at {@code index} up to {@code limit}: least significant seven bits first, the high bit saying
     * another byte follows, at most four bytes. Returns the value and the number of bytes it took,
     * packed ({@link #vbiValue}, {@link #vbiLength}), or {@link #VBI_INCOMPLETE} or {@link #VBI_TOO_LONG}.
     * Packed into a long so the frame decoders, which run once per packet, allocate nothing.
     */
    public static long readVbi(ByteAt in, int index, int limit) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (index + i >= limit) return VBI_INCOMPLETE;
            int b = in.get(index + i);
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) return (long) (i + 1) << 32 | value;
        }
        return VBI_TOO_LONG;
    }

    public static long readVbi(ByteBuffer in, int index, int limit) {
        return readVbi(i -> in.get(i) & 0xFF, index, limit);
    }

    public static long readVbi(byte[] in, int index, int limit) {
        return readVbi(i -> in[i] & 0xFF, index, limit);
    }

    /** The value of a {@link #readVbi} answer that is neither {@link #VBI_INCOMPLETE} nor {@link #VBI_TOO_LONG}. */
    public static int vbiValue(long read) {
        return (int) read;
    }

    /** How many bytes (1 to 4) the integer of a {@link #readVbi} answer took. */
    public static int vbiLength(long read) {
        return (int) (read >>> 32);
    }

    public static int twoByte(ByteBuffer in, int index) {
        return ((in.get(index) & 0xFF) << 8) | (in.get(index + 1) & 0xFF);
    }

    public static long fourByte(ByteBuffer in, int index) {
        return in.getInt(index) & 0xFFFF_FFFFL;
    }

    public static void writeTwoByte(ByteBuffer out, int value) {
        out.put((byte) (value >>> 8)).put((byte) value);
    }

    /** UTF-8 length of s; rejects what [MQTT-1.5.3-1/2] forbids (unpaired surrogates, U+0000) and strings over 65,535 bytes. */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c == 0) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.string.nul"));
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) { n += 4; i++; }
            else if (Character.isSurrogate(c)) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.string.surrogate"));
            else n += 3;
        }
        if (n > 65_535) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.string.long", n));
        return n;
    }

    /** Two-byte length prefix plus the UTF-8 bytes. */
    public static int stringSize(String s) { return 2 + utf8Length(s); }

    public static void writeString(ByteBuffer out, String s) {
        writeTwoByte(out, utf8Length(s));
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) out.put((byte) c);
            else if (c < 0x800) out.put((byte) (0xC0 | c >> 6)).put((byte) (0x80 | c & 0x3F));
            else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.put((byte) (0xF0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3F))
                        .put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
            } else out.put((byte) (0xE0 | c >> 12)).put((byte) (0x80 | c >> 6 & 0x3F)).put((byte) (0x80 | c & 0x3F));
        }
    }

    public static int binarySize(byte[] b) {
        if (b.length > 65_535) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.binary.long", b.length));
        return 2 + b.length;
    }

    public static void writeBinary(ByteBuffer out, byte[] b) {
        writeTwoByte(out, b.length);
        out.put(b);
    }

    /**
     * Checks in[from, to) is well-formed UTF-8 without U+0000 or surrogates [MQTT-1.5.3-1/2].
     * Returns -1 when it is; otherwise {@code kind << 32 | index} with the absolute index of the first bad byte.
     */
    public static long checkUtf8(ByteBuffer in, int from, int to) {
        int i = from;
        while (i < to) {
            int b = in.get(i) & 0xFF;
            if (b >= 0x01 && b < 0x80) { i++; continue; }
            if (b == 0) return (long) UTF8_NULL << 32 | i;
            int need, min, cp;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; min = 0x10000; }
            else return (long) UTF8_ILL_FORMED << 32 | i;
            if (i + need >= to) return (long) UTF8_ILL_FORMED << 32 | i;
            for (int k = 1; k <= need; k++) {
                int c = in.get(i + k) & 0xFF;
                if ((c & 0xC0) != 0x80) return (long) UTF8_ILL_FORMED << 32 | (i + k);
                cp = cp << 6 | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF) return (long) UTF8_ILL_FORMED << 32 | i;
            if (cp >= 0xD800 && cp <= 0xDFFF) return (long) UTF8_SURROGATE << 32 | i;
            i += need + 1;
        }
        return -1;
    }

    /** Decodes bytes already checked by {@link #checkUtf8}. */
    public static String decodeUtf8(ByteBuffer in, int from, int len) {
        if (len == 0) return "";
        if (in.hasArray()) return new String(in.array(), in.arrayOffset() + from, len, StandardCharsets.UTF_8);
        byte[] b = new byte[len];
        in.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public static byte[] bytes(ByteBuffer in, int from, int len) {
        byte[] b = new byte[len];
        in.get(from, b);
        return b;
    }
}
