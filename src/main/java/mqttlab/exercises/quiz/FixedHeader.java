package mqttlab.exercises.quiz;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mqttlab.protocol.packet.PacketType;

/**
 * The fixed header of a packet's first bytes: type, flags and remaining length, with how the
 * length was read. A small reader for the quiz until the codec's annotated decoder replaces it.
 */
record FixedHeader(PacketType type, int flags, int remainingLength, int lengthBytes, String lengthWorking) {

    static FixedHeader read(byte[] b) {
        if (b.length < 2) throw new IllegalArgumentException("a fixed header is at least 2 bytes");
        PacketType type = PacketType.of((b[0] & 0xF0) >> 4);
        int value = 0;
        int multiplier = 1;
        List<String> terms = new ArrayList<>();
        List<String> hex = new ArrayList<>();
        for (int i = 1; ; i++) {
            if (i > 4) throw new IllegalArgumentException("remaining length longer than 4 bytes is malformed [MQTT-2.2.3]");
            if (i >= b.length) throw new IllegalArgumentException("the bytes end inside the remaining length");
            int d = b[i] & 0xFF;
            value += (d & 0x7F) * multiplier;
            hex.add(HexFormat.of().toHexDigits((byte) d));
            terms.add((d & 0x7F) + "×" + multiplier);
            if ((d & 0x80) == 0) {
                String working = hex.size() == 1
                        ? "one length byte " + hex.get(0) + " (top bit 0) = " + value
                        : String.join(" ", hex) + ": each byte but the last has the top bit (0x80) set; "
                          + String.join(" + ", terms) + " = " + value;
                return new FixedHeader(type, b[0] & 0x0F, value, i, working);
            }
            multiplier *= 128;
        }
    }

    String flagsBits() {
        return String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0');
    }

    String flagsMeaning() {
        if (type == PacketType.PUBLISH) {
            return "DUP " + (flags >> 3) + ", QoS " + ((flags >> 1) & 3) + ", RETAIN " + (flags & 1);
        }
        return type.requiredFlags() == 0b0010 ? "fixed 0010 for " + type : "fixed 0000 for " + type;
    }
}
