package mqttlab.protocol.packet;

import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/**
 * A packet's Reason String and User Properties: what a v5 sender may add to explain itself, and must leave out
 * when they would make the packet larger than the receiver's Maximum Packet Size (CONNACK [MQTT-3.2.2-19]
 * [MQTT-3.2.2-20], PUBACK [MQTT-3.4.2-2] [MQTT-3.4.2-3], PUBREC, PUBREL, PUBCOMP, SUBACK [MQTT-3.9.2-1]
 * [MQTT-3.9.2-2], UNSUBACK, DISCONNECT [MQTT-3.14.2-3] [MQTT-3.14.2-4], AUTH).
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /** {@code p} without its Reason String and User Properties; {@code p} itself when it has none, or is a PUBLISH. */
    public static Packet without(Packet p) {
        if (p instanceof Publish) return p;
        Properties props = properties(p);
        if (props == null || !has(props)) return p;
        Properties q = strip(props);
        if (p instanceof ConnAck a) return new ConnAck(a.sessionPresent(), a.reasonCode(), q);
        if (p instanceof PubAck a) return new PubAck(a.packetId(), a.reasonCode(), q);
        if (p instanceof PubRec a) return new PubRec(a.packetId(), a.reasonCode(), q);
        if (p instanceof PubRel a) return new PubRel(a.packetId(), a.reasonCode(), q);
        if (p instanceof PubComp a) return new PubComp(a.packetId(), a.reasonCode(), q);
        if (p instanceof SubAck a) return new SubAck(a.packetId(), a.reasonCodes(), q);
        if (p instanceof UnsubAck a) return new UnsubAck(a.packetId(), a.reasonCodes(), q);
        if (p instanceof Disconnect a) return new Disconnect(a.reasonCode(), q);
        if (p instanceof Auth a) return new Auth(a.reasonCode(), q);
        return p;
    }

    private static Properties properties(Packet p) {
        if (p instanceof ConnAck a) return a.properties();
        if (p instanceof PubAck a) return a.properties();
        if (p instanceof PubRec a) return a.properties();
        if (p instanceof PubRel a) return a.properties();
        if (p instanceof PubComp a) return a.properties();
        if (p instanceof SubAck a) return a.properties();
        if (p instanceof UnsubAck a) return a.properties();
        if (p instanceof Disconnect a) return a.properties();
        if (p instanceof Auth a) return a.properties();
        return null;
    }

    private static boolean has(Properties p) {
        return p.string(PropertyId.REASON_STRING).isPresent() || !p.userProperties().isEmpty();
    }

    private static Properties strip(Properties p) {
        return p.without(PropertyId.REASON_STRING).without(PropertyId.USER_PROPERTY);
    }
}
