package mqttlab.broker.fault;

import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.tap.Direction;
import mqttlab.protocol.packet.PacketType;

/**
 * The faults armed for teaching. The broker asks {@link #take} for each packet in and out; a
 * matching fault is consumed (its count decremented) and returned. Empty list = no cost but a volatile read.
 */
public final class FaultInjector {
    private final List<int[]> remaining = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private volatile boolean armed;

    public synchronized void add(Fault fault) {
        faults.add(fault);
        remaining.add(new int[] {fault.count()});
        armed = true;
    }

    public synchronized void clear() {
        faults.clear();
        remaining.clear();
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
                        armed = !faults.isEmpty();
                    }
                    return f;
                }
            }
            return null;
        }
    }
}
