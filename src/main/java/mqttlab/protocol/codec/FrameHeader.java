package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import mqttlab.protocol.packet.PacketType;

/**
 * The fixed header of one packet (MQTT 3.1.1 / 5.0 section 2.2): the first byte (type and flags)
 * and the remaining length, a variable byte integer of 1 to 4 bytes. {@code headerLength} counts
 * both (2 to 5 bytes); {@link #frameLength()} is the whole packet.
 */
public record FrameHeader(int firstByte, PacketType type, int flags, int remainingLength, int headerLength) {

    /** The largest remaining length four variable-byte-integer bytes can say: 268,435,455. */
    public static final int MAX_REMAINING_LENGTH = 268_435_455;

    public int frameLength() { return headerLength + remainingLength; }

    /**
     * Reads the fixed header at {@code in.position()} without consuming anything (absolute gets).
     *
     * @return the header, or null when more bytes are needed to know the remaining length
     * @throws MalformedPacketException when the fourth length byte still has its continuation bit,
     *         so a fifth would follow [MQTT-1.5.5-1]
     */
    public static FrameHeader peek(ByteBuffer in) {
        int p = in.position();
        int avail = in.limit() - p;
        if (avail < 2) return null;
        int first = in.get(p) & 0xFF;
        long length = DataTypes.readVbi(in, p + 1, in.limit());
        if (length == DataTypes.VBI_INCOMPLETE) return null;
        if (length != DataTypes.VBI_TOO_LONG) {
            return new FrameHeader(first, PacketType.of(first >>> 4), first & 0x0F, DataTypes.vbiValue(length), 1 + DataTypes.vbiLength(length));
        }
        throw new MalformedPacketException(4, new mqttlab.text.Phrase("codec.bad.length.fifth"), "MQTT-1.5.5-1");
    }
}
