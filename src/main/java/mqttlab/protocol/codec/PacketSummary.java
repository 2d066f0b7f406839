package mqttlab.protocol.codec;

import java.util.stream.Collectors;
import mqttlab.protocol.packet.*;
import mqttlab.text.Phrase;

/**
 * A one-line description of a packet, like Wireshark's Info column: {@code Publish Message (id=1) [test]}.
 * The packet's name stays Wireshark's; the words around the values come from the catalogue, so a Korean
 * reader of {@code decode} reads them in Korean, while {@code --json} and the logs keep the English line.
 */
public final class PacketSummary {
    private PacketSummary() {}

    /** In English, as Wireshark words it. */
    public static String of(Packet p) { return phrase(p).english(); }

    public static Phrase phrase(Packet p) {
        String name = p.type().description();
        if (p instanceof Connect c) {
            return new Phrase("summary.connect", name, c.version().label(), Fields.quote(c.clientId()),
                    c.will() != null ? new Phrase("summary.connect.will", Fields.quote(c.will().topic())) : "",
                    c.username() != null ? new Phrase("summary.connect.user", Fields.quote(c.username())) : "", c.keepAlive());
        }
        if (p instanceof ConnAck a) {
            return new Phrase("summary.connack", name,
                    a.reasonCode() == 0 ? new Phrase("summary.connack.accepted") : new Phrase("summary.connack.code", Integer.toHexString(a.reasonCode())),
                    a.sessionPresent() ? new Phrase("summary.connack.present") : "");
        }
        if (p instanceof Publish pub) {
            return new Phrase("summary.publish", name + (pub.packetId() != 0 ? " (id=" + pub.packetId() + ")" : ""), pub.topic(),
                    pub.qos().value(), pub.retain() ? new Phrase("summary.publish.retained") : "", pub.dup() ? " DUP" : "",
                    pub.payload().length);
        }
        if (p instanceof Subscribe s) {
            return new Phrase("summary.plain", name + " (id=" + s.packetId() + ") " + s.subscriptions().stream()
                    .map(x -> "[" + x.filter() + "] QoS " + x.qos().value()).collect(Collectors.joining(", ")));
        }
        if (p instanceof Unsubscribe u) {
            return new Phrase("summary.plain", name + " (id=" + u.packetId() + ") " + u.filters().stream().map(f -> "[" + f + "]").collect(Collectors.joining(", ")));
        }
        if (p instanceof SubAck s) return new Phrase("summary.plain", name + " (id=" + s.packetId() + ") " + s.reasonCodes());
        if (p instanceof UnsubAck u) return new Phrase("summary.plain", name + " (id=" + u.packetId() + ")" + (u.reasonCodes().isEmpty() ? "" : " " + u.reasonCodes()));
        int code = p instanceof PubAck a ? a.reasonCode() : p instanceof PubRec a ? a.reasonCode() : p instanceof PubRel a ? a.reasonCode()
                : p instanceof PubComp a ? a.reasonCode() : p instanceof Disconnect d ? d.reasonCode() : p instanceof Auth a ? a.reasonCode() : 0;
        String s = p.packetId() != 0 ? name + " (id=" + p.packetId() + ")" : name;
        return code == 0 ? new Phrase("summary.plain", s) : new Phrase("summary.reason", s, ReasonCode.phrase(code, p.type()));
    }
}
