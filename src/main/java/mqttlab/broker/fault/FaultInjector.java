package mqttlab.broker.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mqttlab.protocol.packet.Packet;
import mqttlab.broker.tap.Direction;
import mqttlab.protocol.packet.PacketType;

/**
 * The faults armed for teaching. The broker asks {@link #take} for each packet in and out; a
 * matching fault is consumed (its count decremented) and returned. Empty list = no cost but a volatile read.
 */
public final class FaultInjector {
    private final List<int[]> remaining = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final List<Answer> swallow = new ArrayList<>();
    private volatile boolean armed;

    /** An answer a duplicate will draw that goes no further: {@code type} with {@code packetId}, {@code direction} as seen by the broker. */
    private record Answer(String clientId, PacketType type, int packetId, Direction direction) { }

    public synchronized void add(Fault fault) {
        faults.add(fault);
        remaining.add(new int[] {fault.count()});
        armed = true;
    }

    public synchronized void clear() {
        faults.clear();
        remaining.clear();
        swallow.clear();
        armed = false;
    }

    public synchronized List<Fault> list() {
        List<Fault> out = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            out.add(new Fault(f.kind(), f.clientId(), f.type(), f.direction(), remaining.get(i)[0], f.delay()));
        }
        return out;
    }

    /** The fault that applies to this packet, consumed, or null. */
    public Fault take(String clientId, PacketType type, Direction direction) {
        if (!armed) return null;
        synchronized (this) {
            for (int i = 0; i < faults.size(); i++) {
                Fault f = faults.get(i);
                if (f.applies(clientId, type, direction)) {
                    if (--remaining.get(i)[0] <= 0) {
                        faults.remove(i);
                        remaining.remove(i);
                        armed = !faults.isEmpty() || !swallow.isEmpty();
                    }
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * A DUPLICATE fault sent {@code copy} again: the receiver answers both, but the sender gets one
     * answer, as when the first answer is lost and the sender re-delivers. (A second PUBACK for an id it
     * has already released is a protocol error to a strict client such as the lab's own, and the
     * lesson is what the receiver does with the copy.) The answer to the copy is on the tap and goes no further.
     */
    public synchronized void swallowAnswerTo(String clientId, Packet copy, Direction copyDirection) {
        PacketType answer = answerTo(copy);
        if (answer == null) return;
        Direction back = copyDirection == Direction.IN ? Direction.OUT : Direction.IN;
        swallow.add(new Answer(clientId, answer, copy.packetId(), back));
        armed = true;
    }

    /** True (once) for the answer to a duplicate's copy, which goes no further; see {@link #swallowAnswerTo}. */
    public boolean swallows(String clientId, Packet packet, Direction direction) {
        if (!armed) return false;
        synchronized (this) {
            for (int i = 0; i < swallow.size(); i++) {
                Answer a = swallow.get(i);
                if (a.type() == packet.type() && a.packetId() == packet.packetId() && a.direction() == direction
                        && Objects.equals(a.clientId(), clientId)) {
                    swallow.remove(i);
                    armed = !faults.isEmpty() || !swallow.isEmpty();
                    return true;
                }
            }
            return false;
        }
    }

    /** The packet a receiver sends back for {@code p}, or null when it sends none (or none with p's id). */
    static PacketType answerTo(Packet p) {
        return switch (p.type()) {
            case PUBLISH -> switch (((mqttlab.protocol.packet.Publish) p).qos()) {
                case AT_MOST_ONCE -> null;
                case AT_LEAST_ONCE -> PacketType.PUBACK;
                case EXACTLY_ONCE -> PacketType.PUBREC;
            };
            case PUBREC -> PacketType.PUBREL;
            case PUBREL -> PacketType.PUBCOMP;
            case SUBSCRIBE -> PacketType.SUBACK;
            case UNSUBSCRIBE -> PacketType.UNSUBACK;
            case PINGREQ -> PacketType.PINGRESP;
            default -> null;
        };
    }
}
