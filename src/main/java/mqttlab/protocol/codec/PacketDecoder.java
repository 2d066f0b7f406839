package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.util.List;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PingReq;
import mqttlab.protocol.packet.PingResp;
import mqttlab.text.Phrase;

/**
 * Decodes one whole frame (the bytes from {@code position} to {@code limit}) into a {@link Packet},
 * enforcing every rule of the standard it can check from the bytes alone. The same code explains:
 * pass a list and every byte range is annotated into it; pass null (the fast path) and nothing is.
 * The buffer's position and limit are left untouched.
 */
public final class PacketDecoder {
    private PacketDecoder() {}

    /**
     * @param version the connection's version; a CONNECT decides its own from its protocol level byte
     * @throws MalformedPacketException for anything the standard forbids, with offset, rule and reason code
     */
    public static Packet decode(ByteBuffer frame, MqttVersion version) {
        return decode(frame, version, null);
    }

    /** As {@link #decode(ByteBuffer, MqttVersion)}; when {@code notes} is not null, annotations are appended to it (kept up to an error). */
    public static Packet decode(ByteBuffer frame, MqttVersion version, List<Annotation> notes) {
        Cursor c = new Cursor(frame, version, notes);
        int flags = FixedHeaderReader.read(c);
        Packet p = switch (c.type) {
            case CONNECT -> ConnectDecoder.decode(c);
            case CONNACK -> ConnAckDecoder.decode(c);
            case PUBLISH -> PublishDecoder.decode(c, flags);
            case PUBACK, PUBREC, PUBREL, PUBCOMP -> AckDecoder.decode(c);
            case SUBSCRIBE -> SubscribeDecoder.decode(c);
            case UNSUBSCRIBE -> SubscribeDecoder.decodeUnsubscribe(c);
            case SUBACK, UNSUBACK -> SubAckDecoder.decode(c);
            case PINGREQ -> empty(c, new PingReq());
            case PINGRESP -> empty(c, new PingResp());
            case DISCONNECT, AUTH -> DisconnectDecoder.decode(c);
            case RESERVED -> throw c.malformed(c.start, new Phrase("codec.bad.type0"), "MQTT-2.2.1");
        };
        if (c.pos < c.end) {
            throw c.malformed(c.pos, new Phrase("codec.bad.left.over", c.end - c.pos, c.end - c.start, c.offset()), "MQTT-2.2.3");
        }
        if (c.available > c.end) {
            throw c.malformed(c.end, new Phrase("codec.bad.after.end", c.available - c.end, c.end - c.start), "MQTT-2.2.3");
        }
        return p;
    }

    private static Packet empty(Cursor c, Packet p) {
        if (c.left() != 0) {
            throw c.malformed(c.pos, new Phrase("codec.bad.no.body", c.type.name(), c.left()), "MQTT-2.2.3");
        }
        return p;
    }
}
