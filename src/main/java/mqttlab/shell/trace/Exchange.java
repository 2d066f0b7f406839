package mqttlab.shell.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ui.SequenceDiagram;

/**
 * A client's own exchange with the broker, drawn client │ broker: CONNECT and CONNACK followed by what the
 * broker kept for a resumed session (redeliveries with DUP = 1, messages queued while it was away) and their
 * acknowledgements; SUBSCRIBE and SUBACK followed by the retained messages the subscription brought;
 * UNSUBSCRIBE and UNSUBACK; DISCONNECT.
 */
public record Exchange(String client, List<TapEvent> events) implements Traced {
    private static final int SCAN = 2000, KEEP = 40;

    /** Whether a packet in starts an exchange. */
    static boolean starts(TapEvent e) {
        PacketType t = e.packet().type();
        return e.direction() == Direction.IN && (t == PacketType.CONNECT || t == PacketType.SUBSCRIBE
                || t == PacketType.UNSUBSCRIBE || t == PacketType.DISCONNECT);
    }

    /** The client a packet belongs to: its client id, or for a CONNECT not yet named by the tap, the one it carries. */
    static String clientOf(TapEvent e) {
        if (e.clientId() != null) return e.clientId();
        return e.packet() instanceof Connect c ? c.clientId() : null;
    }

    static Exchange from(List<TapEvent> recent, int start) {
        TapEvent first = recent.get(start);
        String client = clientOf(first);
        String address = first.remoteAddress();
        PacketType kind = first.packet().type();
        List<TapEvent> events = new ArrayList<>(List.of(first));
        if (kind == PacketType.DISCONNECT) return new Exchange(client, events);
        Set<Integer> awaitingAck = new HashSet<>();
        boolean answered = false;
        for (int i = start + 1; i < recent.size() && i < start + SCAN && events.size() < KEEP; i++) {
            TapEvent e = recent.get(i);
            boolean same = Objects.equals(address, e.remoteAddress()) && (client == null || e.clientId() == null || client.equals(e.clientId()));
            if (!same) continue;
            PacketType t = e.packet().type();
            boolean in = e.direction() == Direction.IN;
            if (!answered) {
                if (!in && t == answer(kind) && (kind == PacketType.CONNECT || e.packet().packetId() == first.packet().packetId())) {
                    events.add(e);
                    answered = true;
                    if (kind == PacketType.UNSUBSCRIBE) break;
                }
                continue;
            }
            if (in && (t == PacketType.PUBLISH || starts(e))) break; // the client's next move is another story
            if (!in && e.packet() instanceof Publish p && belongs(kind, p, recent, start)) {
                events.add(e);
                if (p.qos().value() > 0) awaitingAck.add(p.packetId());
            } else if (isAck(t) && awaitingAck.contains(e.packet().packetId())) {
                events.add(e);
                if (t == PacketType.PUBACK || t == PacketType.PUBCOMP) awaitingAck.remove(e.packet().packetId());
            }
        }
        return new Exchange(client, events);
    }

    private static PacketType answer(PacketType kind) {
        return switch (kind) {
            case CONNECT -> PacketType.CONNACK;
            case SUBSCRIBE -> PacketType.SUBACK;
            default -> PacketType.UNSUBACK;
        };
    }

    /**
     * Whether a PUBLISH the broker sent belongs to the exchange: after a CONNECT, a redelivery (DUP) or a
     * message published before the client connected (kept for it); after a SUBSCRIBE, a retained message.
     */
    private static boolean belongs(PacketType kind, Publish p, List<TapEvent> recent, int start) {
        if (kind == PacketType.SUBSCRIBE) return p.retain();
        if (kind != PacketType.CONNECT) return false;
        if (p.dup()) return true;
        for (int i = start - 1; i >= 0 && i >= start - SCAN; i--) {
            TapEvent e = recent.get(i);
            if (e.direction() == Direction.IN && e.packet() instanceof Publish q && q.topic().equals(p.topic())
                    && Arrays.equals(q.payload(), p.payload())) return true;
        }
        return false;
    }

    private static boolean isAck(PacketType t) {
        return t == PacketType.PUBACK || t == PacketType.PUBREC || t == PacketType.PUBREL || t == PacketType.PUBCOMP;
    }

    @Override
    public boolean involves(String clientId) { return clientId.equals(client); }

    /** client │ broker, one arrow a packet. */
    @Override
    public SequenceDiagram diagram() {
        SequenceDiagram d = new SequenceDiagram(List.of(client == null ? "?" : client, mqttlab.text.Text.t("trace.lane.broker")));
        for (TapEvent e : events) {
            boolean in = e.direction() == Direction.IN;
            d.step(in ? 0 : 1, in ? 1 : 0, PacketLine.label(e.packet()), e.bytes(), e.packet() instanceof Publish p && p.dup());
        }
        return d;
    }
}
