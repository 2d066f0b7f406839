package mqttlab.exercises.quiz;

import static mqttlab.text.Text.t;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.packet.PacketType;

/**
 * The fixed header of a packet's first bytes: type, flags and remaining length (read by the codec),
 * with the working of the variable-length remaining length spelled out for the quiz's feedback.
 */
record FixedHeader(PacketType type, int flags, int remainingLength, int lengthBytes, String lengthWorking) {

    /** Type, flags and length as the lab's codec reads them ({@link FrameHeader#peek}), with the working shown. */
    static FixedHeader read(byte[] b) {
        FrameHeader h;
        try {
            h = FrameHeader.peek(ByteBuffer.wrap(b));
        } catch (MalformedPacketException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (h == null) throw new IllegalArgumentException(t(b.length < 2 ? "grade.07.too.short" : "grade.07.cut.short"));
        List<String> terms = new ArrayList<>();
        List<String> hex = new ArrayList<>();
        int multiplier = 1;
        for (int i = 1; i < h.headerLength(); i++, multiplier *= 128) {
            hex.add(HexFormat.of().toHexDigits(b[i]));
            terms.add((b[i] & 0x7F) + "×" + multiplier);
        }
        int value = h.remainingLength();
        String working = hex.size() == 1
                ? t("grade.07.one.byte", hex.get(0), value)
                : t("grade.07.many.bytes", String.join(" ", hex), String.join(" + ", terms), value);
        return new FixedHeader(h.type(), h.flags(), value, h.headerLength() - 1, working);
    }

    String flagsBits() {
        return String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0');
    }

    String flagsMeaning() {
        if (type == PacketType.PUBLISH) {
            return "DUP " + (flags >> 3) + ", QoS " + ((flags >> 1) & 3) + ", RETAIN " + (flags & 1);
        }
        return t("grade.07.fixed.flags", type.requiredFlags() == 0b0010 ? "0010" : "0000", type);
    }
}
