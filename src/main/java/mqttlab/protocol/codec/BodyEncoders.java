package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.util.List;
import mqttlab.protocol.packet.Auth;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.UnsubAck;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.protocol.property.Properties;

/** Variable header and payload of every packet but CONNECT: sizes and writes, kept side by side. */
final class BodyEncoders {
    private BodyEncoders() {}

    static int publishSize(Publish p, boolean v5) {
        return DataTypes.stringSize(p.topic()) + (p.qos().value() > 0 ? 2 : 0)
                + (v5 ? PropertyCodec.size(p.properties()) : 0) + p.payload().length;
    }

    static void writePublish(Publish p, boolean v5, ByteBuffer out) {
        DataTypes.writeString(out, p.topic());
        if (p.qos().value() > 0) DataTypes.writeTwoByte(out, p.packetId());
        if (v5) PropertyCodec.write(out, p.properties());
        out.put(p.payload());
    }

    static int size(Packet p, boolean v5) {
        return switch (p.type()) {
            case CONNACK -> 2 + (v5 ? PropertyCodec.size(((ConnAck) p).properties()) : 0);
            case PUBACK -> ackSize(((PubAck) p).reasonCode(), ((PubAck) p).properties(), v5);
            case PUBREC -> ackSize(((PubRec) p).reasonCode(), ((PubRec) p).properties(), v5);
            case PUBREL -> ackSize(((PubRel) p).reasonCode(), ((PubRel) p).properties(), v5);
            case PUBCOMP -> ackSize(((PubComp) p).reasonCode(), ((PubComp) p).properties(), v5);
            case SUBSCRIBE -> {
                Subscribe s = (Subscribe) p;
                int n = 2 + (v5 ? PropertyCodec.size(s.properties()) : 0);
                for (Subscription sub : s.subscriptions()) n += DataTypes.stringSize(sub.filter()) + 1;
                yield n;
            }
            case SUBACK -> 2 + (v5 ? PropertyCodec.size(((SubAck) p).properties()) : 0) + ((SubAck) p).reasonCodes().size();
            case UNSUBSCRIBE -> {
                Unsubscribe u = (Unsubscribe) p;
                int n = 2 + (v5 ? PropertyCodec.size(u.properties()) : 0);
                for (String f : u.filters()) n += DataTypes.stringSize(f);
                yield n;
            }
            case UNSUBACK -> 2 + (v5 ? PropertyCodec.size(((UnsubAck) p).properties()) + ((UnsubAck) p).reasonCodes().size() : 0);
            case PINGREQ, PINGRESP -> 0;
            case DISCONNECT -> tailSize(((Disconnect) p).reasonCode(), ((Disconnect) p).properties(), v5);
            case AUTH -> tailSize(((Auth) p).reasonCode(), ((Auth) p).properties(), v5);
            default -> throw new IllegalArgumentException("not a body packet: " + p.type());
        };
    }

    static void write(Packet p, boolean v5, ByteBuffer out) {
        switch (p.type()) {
            case CONNACK -> {
                ConnAck a = (ConnAck) p;
                out.put((byte) (a.sessionPresent() ? 1 : 0)).put((byte) a.reasonCode());
                if (v5) PropertyCodec.write(out, a.properties());
            }
            case PUBACK -> writeAck(p.packetId(), ((PubAck) p).reasonCode(), ((PubAck) p).properties(), v5, out);
            case PUBREC -> writeAck(p.packetId(), ((PubRec) p).reasonCode(), ((PubRec) p).properties(), v5, out);
            case PUBREL -> writeAck(p.packetId(), ((PubRel) p).reasonCode(), ((PubRel) p).properties(), v5, out);
            case PUBCOMP -> writeAck(p.packetId(), ((PubComp) p).reasonCode(), ((PubComp) p).properties(), v5, out);
            case SUBSCRIBE -> {
                Subscribe s = (Subscribe) p;
                DataTypes.writeTwoByte(out, s.packetId());
                if (v5) PropertyCodec.write(out, s.properties());
                for (Subscription sub : s.subscriptions()) {
                    DataTypes.writeString(out, sub.filter());
                    out.put((byte) (v5 ? sub.optionsByte() : sub.qos().value()));
                }
            }
            case SUBACK -> {
                SubAck s = (SubAck) p;
                DataTypes.writeTwoByte(out, s.packetId());
                if (v5) PropertyCodec.write(out, s.properties());
                for (int rc : s.reasonCodes()) out.put((byte) (v5 || rc < 0x80 ? rc : 0x80));
            }
            case UNSUBSCRIBE -> {
                Unsubscribe u = (Unsubscribe) p;
                DataTypes.writeTwoByte(out, u.packetId());
                if (v5) PropertyCodec.write(out, u.properties());
                for (String f : u.filters()) DataTypes.writeString(out, f);
            }
            case UNSUBACK -> {
                UnsubAck u = (UnsubAck) p;
                DataTypes.writeTwoByte(out, u.packetId());
                if (v5) {
                    PropertyCodec.write(out, u.properties());
                    writeCodes(u.reasonCodes(), out);
                }
            }
            case PINGREQ, PINGRESP -> { }
            case DISCONNECT -> writeTail(((Disconnect) p).reasonCode(), ((Disconnect) p).properties(), v5, out);
            case AUTH -> writeTail(((Auth) p).reasonCode(), ((Auth) p).properties(), v5, out);
            default -> throw new IllegalArgumentException("not a body packet: " + p.type());
        }
    }

    private static int ackSize(int rc, Properties props, boolean v5) {
        if (!v5 || (rc == 0 && props.isEmpty())) return 2;
        return 3 + (props.isEmpty() ? 0 : PropertyCodec.size(props));
    }

    private static void writeAck(int id, int rc, Properties props, boolean v5, ByteBuffer out) {
        DataTypes.writeTwoByte(out, id);
        if (!v5 || (rc == 0 && props.isEmpty())) return;
        out.put((byte) rc);
        if (!props.isEmpty()) PropertyCodec.write(out, props);
    }

    private static int tailSize(int rc, Properties props, boolean v5) {
        if (!v5 || (rc == 0 && props.isEmpty())) return 0;
        return 1 + (props.isEmpty() ? 0 : PropertyCodec.size(props));
    }

    private static void writeTail(int rc, Properties props, boolean v5, ByteBuffer out) {
        if (!v5 || (rc == 0 && props.isEmpty())) return;
        out.put((byte) rc);
        if (!props.isEmpty()) PropertyCodec.write(out, props);
    }

    private static void writeCodes(List<Integer> codes, ByteBuffer out) {
        for (int rc : codes) out.put((byte) rc);
    }
}
