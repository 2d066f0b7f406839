package mqttlab.protocol.codec;

import java.util.stream.Collectors;
import mqttlab.protocol.packet.*;

/** A one-line description of a packet, like Wireshark's Info column: {@code Publish Message (id=1) [test]}. */
public final class PacketSummary {
    private PacketSummary() {}

    public static String of(Packet p) {
        String name = p.type().description();
        if (p instanceof Connect c) {
            return name + " (MQTT " + c.version().label() + ", client id " + Fields.quote(c.clientId())
                    + (c.will() != null ? ", will on " + Fields.quote(c.will().topic()) : "")
                    + (c.username() != null ? ", user " + Fields.quote(c.username()) : "") + ", keep alive " + c.keepAlive() + " s)";
        }
        if (p instanceof ConnAck a) {
            return name + " (" + (a.reasonCode() == 0 ? "accepted" : "code 0x" + Integer.toHexString(a.reasonCode()))
                    + (a.sessionPresent() ? ", session present" : "") + ")";
        }
        if (p instanceof Publish pub) {
            return name + (pub.packetId() != 0 ? " (id=" + pub.packetId() + ")" : "") + " [" + pub.topic() + "]"
                    + " QoS " + pub.qos().value() + (pub.retain() ? " retained" : "") + (pub.dup() ? " DUP" : "")
                    + ", " + pub.payload().length + " byte(s)";
        }
        if (p instanceof Subscribe s) {
            return name + " (id=" + s.packetId() + ") " + s.subscriptions().stream()
                    .map(x -> "[" + x.filter() + "] QoS " + x.qos().value()).collect(Collectors.joining(", "));
        }
        if (p instanceof Unsubscribe u) {
            return name + " (id=" + u.packetId() + ") " + u.filters().stream().map(f -> "[" + f + "]").collect(Collectors.joining(", "));
        }
        if (p instanceof SubAck s) return name + " (id=" + s.packetId() + ") " + s.reasonCodes();
        if (p instanceof UnsubAck u) return name + " (id=" + u.packetId() + ")" + (u.reasonCodes().isEmpty() ? "" : " " + u.reasonCodes());
        int code = p instanceof PubAck a ? a.reasonCode() : p instanceof PubRec a ? a.reasonCode() : p instanceof PubRel a ? a.reasonCode()
                : p instanceof PubComp a ? a.reasonCode() : p instanceof Disconnect d ? d.reasonCode() : p instanceof Auth a ? a.reasonCode() : 0;
        String s = p.packetId() != 0 ? name + " (id=" + p.packetId() + ")" : name;
        return code == 0 ? s : s + " " + ReasonCode.describe(code, p.type());
    }
}
