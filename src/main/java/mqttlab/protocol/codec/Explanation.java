package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;

/**
 * One packet's bytes explained: the annotations, the decoded packet (null when malformed) and the
 * error (null when well-formed; the annotations then stop where it went wrong). {@code offset} is
 * where the packet starts in the input it came from.
 */
public record Explanation(int offset, byte[] bytes, MqttVersion version, Packet packet, List<Annotation> annotations,
                          MalformedPacketException error) {
    public Explanation {
        bytes = bytes.clone();
        annotations = List.copyOf(annotations);
    }

    public boolean ok() { return error == null; }

    /** Explains one frame; never throws for bad bytes (the error is in the result). */
    public static Explanation of(byte[] frame, MqttVersion version) {
        return of(0, frame, version);
    }

    static Explanation of(int offset, byte[] frame, MqttVersion version) {
        List<Annotation> notes = new ArrayList<>();
        try {
            Packet p = PacketDecoder.decode(ByteBuffer.wrap(frame), version, notes);
            return new Explanation(offset, frame, p instanceof Connect c ? c.version() : version, p, notes, null);
        } catch (MalformedPacketException e) {
            return new Explanation(offset, frame, version, null, notes, e);
        }
    }

    /**
     * Splits bytes into packets and explains each, stopping after the first malformed one. The version
     * is {@code forced} when not null; otherwise the version of the last CONNECT seen, else {@code fallback}.
     */
    public static List<Explanation> all(byte[] bytes, MqttVersion forced, MqttVersion fallback) {
        List<Explanation> out = new ArrayList<>();
        MqttVersion version = forced != null ? forced : fallback;
        int pos = 0;
        while (pos < bytes.length) {
            int len = bytes.length - pos;
            try {
                FrameHeader h = FrameHeader.peek(ByteBuffer.wrap(bytes, pos, bytes.length - pos).slice());
                if (h != null) len = Math.min(len, h.frameLength());
            } catch (MalformedPacketException e) {
                len = Math.min(len, 5);
            }
            Explanation e = of(pos, Arrays.copyOfRange(bytes, pos, pos + len), version);
            out.add(e);
            if (!e.ok()) break;
            if (forced == null && e.packet() instanceof Connect c) version = c.version();
            pos += len;
        }
        return out;
    }

    /** One line in the manner of Wireshark's Info column: {@code Publish Message (id=1) [test]}. */
    public String summary() {
        return packet == null ? "Malformed Packet" : PacketSummary.of(packet);
    }

    /** {@link #summary()} for a person: its words in the lab's language (the packet's name stays Wireshark's). */
    public String summaryShown() {
        return packet == null ? summary() : PacketSummary.phrase(packet).shown();
    }
}
