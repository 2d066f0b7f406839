package mqttlab.shell.trace;

import mqttlab.text.OutsideText;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.property.PropertyId;
import mqttlab.text.Text;

/**
 * One packet as a short label ({@code PUBLISH q1 m3 'topic'}, {@code PUBACK m3}) and as a live trace
 * line. Topics and client ids are other people's text, shown through {@link OutsideText}.
 */
public final class PacketLine {
    /** Widest topic or client id in a label, in columns. */
    static final int MAX_TOPIC = 60;

    private PacketLine() { }

    public static String label(Packet p) {
        return label(p, null);
    }

    /**
     * As {@link #label(Packet)}; a PUBLISH with a v5 Topic Alias shows it, and {@code aliasTopic} (what
     * the alias stands for, when known) in place of an empty topic: {@code PUBLISH q1 m3 alias 1='a/b'}.
     */
    public static String label(Packet p, String aliasTopic) {
        if (p instanceof Publish pub) {
            var alias = pub.properties().number(PropertyId.TOPIC_ALIAS);
            String topic = pub.topic().isEmpty() && aliasTopic != null ? aliasTopic : pub.topic();
            String named = "'" + OutsideText.line(topic, MAX_TOPIC) + "'";
            return "PUBLISH q" + pub.qos().value() + (pub.packetId() > 0 ? " m" + pub.packetId() : "")
                    + (pub.retain() ? " r" : "") + (pub.dup() ? " dup" : "")
                    + (alias.isEmpty() ? " " + named : pub.topic().isEmpty() ? " alias " + alias.getAsLong() + "=" + named
                    : " " + named + " alias " + alias.getAsLong());
        }
        if (p instanceof Connect c) return "CONNECT '" + c.clientId() + "' clean=" + (c.cleanStart() ? 1 : 0);
        if (p instanceof ConnAck a) return "CONNACK rc" + a.reasonCode() + (a.sessionPresent() ? " session present" : "");
        if (p instanceof Subscribe s) {
            return "SUBSCRIBE m" + s.packetId() + " " + String.join(",", s.subscriptions().stream().map(x -> OutsideText.line(x.filter(), MAX_TOPIC) + " q" + x.qos().value()).toList());
        }
        if (p instanceof SubAck a) return "SUBACK m" + a.packetId() + " " + a.reasonCodes();
        return p.type().name() + (p.packetId() > 0 ? " m" + p.packetId() : "");
    }

    /** The packet's label, marked when the broker dropped it instead of sending it. */
    public static String label(TapEvent e) {
        if (e.direction() == Direction.DROPPED && e.packet() instanceof Publish p) { // it never got a packet id
            return Text.t("trace.dropped", "PUBLISH q" + p.qos().value() + (p.retain() ? " r" : "") + " '" + OutsideText.line(p.topic(), MAX_TOPIC) + "'");
        }
        return label(e.packet(), e.aliasTopic());
    }

    /** "pub1 → broker  PUBLISH q1 m3 'test'"; a dropped copy: "broker ✕ sub1  dropped: PUBLISH q0 'test'" */
    public static String describe(TapEvent e) {
        String client = OutsideText.line(e.clientId() == null ? e.remoteAddress() : e.clientId(), MAX_TOPIC);
        String arrow = switch (e.direction()) {
            case IN -> client + " → broker";
            case OUT -> "broker → " + client;
            case DROPPED -> "broker ✕ " + client;
        };
        return arrow + "  " + label(e);
    }
}
