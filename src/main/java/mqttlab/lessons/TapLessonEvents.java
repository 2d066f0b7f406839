package mqttlab.lessons;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;

/**
 * What the embedded broker sees, as the lessons' {@link LabEvent}s: a SUBSCRIBE in is a subscription
 * made, a PUBLISH in a message published, a PUBLISH out a message delivered, CONNECT + CONNACK a
 * client connected, a DISCONNECT in a graceful goodbye; every packet is also a {@code PacketSeen}. A
 * broken connection has no packet: the broker's log line for it ({@link #ofLogLine}) says so. The shell's
 * lessons and the classroom's confirmation of lesson steps read the tap through it. One instance per
 * stream of events: it pairs each CONNECT with its CONNACK.
 */
public final class TapLessonEvents {
    private static final Pattern LOST = Pattern.compile("Client (\\S+) (?:closed its connection|has exceeded timeout, disconnecting)\\.");
    private final Map<String, Boolean> cleanByAddress = new ConcurrentHashMap<>();

    public List<LabEvent> of(TapEvent e) {
        Packet p = e.packet();
        boolean in = e.direction() == Direction.IN;
        String id = e.clientId() != null ? e.clientId() : p instanceof Connect c ? c.clientId() : "";
        List<LabEvent> out = new ArrayList<>();
        if (p instanceof Connect c && in) {
            cleanByAddress.put(String.valueOf(e.remoteAddress()), c.cleanStart());
        } else if (p instanceof ConnAck a && !in) {
            Boolean clean = cleanByAddress.remove(String.valueOf(e.remoteAddress()));
            if (a.reasonCode() == 0 && clean != null) out.add(new LabEvent.ClientConnected(id, clean, a.sessionPresent()));
        } else if (p instanceof Subscribe s && in) {
            for (Subscription sub : s.subscriptions()) out.add(new LabEvent.SubscriptionMade(id, sub.filter(), sub.qos().value()));
        } else if (p instanceof Publish pub) {
            String payload = new String(pub.payload(), StandardCharsets.UTF_8);
            out.add(in ? new LabEvent.MessagePublished(id, pub.topic(), pub.qos().value(), pub.retain(), payload)
                    : new LabEvent.MessageDelivered(id, pub.topic(), pub.qos().value(), pub.retain(), pub.dup(), payload));
        } else if (p instanceof Disconnect && in) {
            out.add(new LabEvent.ClientDisconnected(id, true));
        }
        boolean dup = p instanceof Publish pub && pub.dup();
        int qos = p instanceof Publish pub ? pub.qos().value() : 0;
        boolean retain = p instanceof Publish pub && pub.retain();
        out.add(new LabEvent.PacketSeen(id, in, p.type().name(), dup, qos, retain));
        return out;
    }

    /** A connection that broke without DISCONNECT (cut, killed, timed out), from the broker's log line. */
    public static Optional<LabEvent> ofLogLine(String line) {
        Matcher m = LOST.matcher(line);
        return m.find() ? Optional.of(new LabEvent.ClientDisconnected(m.group(1), false)) : Optional.empty();
    }
}
