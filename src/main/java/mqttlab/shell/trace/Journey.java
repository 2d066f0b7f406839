package mqttlab.shell.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ui.SequenceDiagram;

/**
 * One message's journey through the broker, found in the tap's recent packets: the publisher's
 * PUBLISH and its acknowledgements, each subscriber's copy (with the broker's own packet id for that
 * subscriber, and the QoS it was downgraded to) and that subscriber's acknowledgements. A copy the
 * broker dropped for a subscriber (full queue, offline, stalled) shows on that subscriber's lane as dropped.
 */
public record Journey(String publisher, Publish publish, List<String> subscribers, List<TapEvent> events) implements Traced {

    /** The last message (inbound PUBLISH) whose start event passes {@code which}, with everything that followed from it. */
    public static Journey last(List<TapEvent> recent, Predicate<TapEvent> which) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            TapEvent e = recent.get(i);
            if (e.direction() == Direction.IN && e.packet() instanceof Publish && which.test(e)) return from(recent, i);
        }
        return null;
    }

    /** The last {@code n} journeys, oldest first. */
    public static List<Journey> lastN(List<TapEvent> recent, int n, Predicate<TapEvent> which) {
        List<Journey> out = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && out.size() < n; i--) {
            TapEvent e = recent.get(i);
            if (e.direction() == Direction.IN && e.packet() instanceof Publish && which.test(e)) out.add(0, from(recent, i));
        }
        return out;
    }

    static Journey from(List<TapEvent> recent, int start) {
        TapEvent first = recent.get(start);
        Publish in = (Publish) first.packet();
        String pub = first.clientId();
        List<TapEvent> events = new ArrayList<>(List.of(first));
        Map<String, Integer> delivered = new LinkedHashMap<>(); // subscriber → broker's packet id to it
        boolean publisherDone = in.qos().value() == 0;
        for (int i = start + 1; i < recent.size() && i < start + 2000; i++) {
            TapEvent e = recent.get(i);
            PacketType t = e.packet().type();
            if (!publisherDone && pub != null && pub.equals(e.clientId()) && isAck(t) && publisherSide(e) && e.packet().packetId() == in.packetId()) {
                events.add(e);
                if (t == PacketType.PUBACK || t == PacketType.PUBCOMP) publisherDone = true;
            } else if (e.direction() != Direction.IN && e.packet() instanceof Publish p && e.topic().equals(first.topic())
                    && Arrays.equals(p.payload(), in.payload()) && !delivered.containsKey(e.clientId())) {
                events.add(e);
                delivered.put(e.clientId(), p.packetId());
            } else if (delivered.containsKey(e.clientId()) && isAck(t) && !publisherSide(e) && delivered.get(e.clientId()) > 0
                    && e.packet().packetId() == delivered.get(e.clientId())) {
                events.add(e);
            }
        }
        return new Journey(pub, in, new ArrayList<>(delivered.keySet()), events);
    }

    /** True for the publisher's half of a flow: its PUBLISH in, and PUBACK/PUBREC/PUBCOMP out, PUBREL in. */
    static boolean publisherSide(TapEvent e) {
        PacketType t = e.packet().type();
        if (t == PacketType.PUBLISH) return e.direction() == Direction.IN;
        return (t == PacketType.PUBREL) == (e.direction() == Direction.IN);
    }

    private static boolean isAck(PacketType t) {
        return t == PacketType.PUBACK || t == PacketType.PUBREC || t == PacketType.PUBREL || t == PacketType.PUBCOMP;
    }

    /** Whether a client took part (as publisher or subscriber). */
    @Override
    public boolean involves(String clientId) {
        return clientId.equals(publisher) || subscribers.contains(clientId);
    }

    /** The diagram: publisher │ broker │ each subscriber. */
    @Override
    public SequenceDiagram diagram() {
        List<String> lanes = new ArrayList<>();
        lanes.add(publisher == null ? "?" : publisher);
        lanes.add(mqttlab.text.Text.t("trace.lane.broker"));
        lanes.addAll(subscribers);
        SequenceDiagram d = new SequenceDiagram(lanes);
        for (TapEvent e : events) {
            int idx = subscribers.indexOf(e.clientId());
            int lane = publisherSide(e) ? 0 : idx < 0 ? -1 : 2 + idx;
            if (lane < 0) continue;
            boolean in = e.direction() == Direction.IN;
            boolean downgrade = e.packet() instanceof Publish p && !in && p.qos().value() < publish.qos().value();
            d.step(in ? lane : 1, in ? 1 : lane, PacketLine.label(e), e.bytes(), downgrade);
        }
        return d;
    }
}
