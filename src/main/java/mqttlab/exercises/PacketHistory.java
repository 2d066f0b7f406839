package mqttlab.exercises;

import java.util.List;
import mqttlab.broker.tap.RecentTapEvents;
import mqttlab.broker.tap.TapEvent;

/**
 * The packets the broker has seen since the lab started (the latest {@value #CAPACITY}, and no more than
 * {@value #BYTES} bytes of them), so that a shell-action grader can judge what the student's session did
 * before `check` was typed. The byte bound matters in class, where the instructor's lab records every
 * student's packets: a student publishing 16 MB messages would otherwise have it keep 100,000 of them.
 */
public final class PacketHistory implements AutoCloseable {
    static final int CAPACITY = 100_000;
    /** What the kept packets may hold together, counting both their bytes and their decoded payloads. */
    static final long BYTES = 128L << 20;

    private final RecentTapEvents events = new RecentTapEvents(CAPACITY, BYTES);
    private final AutoCloseable subscription;

    private PacketHistory(LabSystem lab) {
        this.subscription = lab.onPacket(this::add);
    }

    /** Starts recording; throws {@link LabUnavailableException} when the broker has no tap. */
    public static PacketHistory record(LabSystem lab) {
        return new PacketHistory(lab);
    }

    private void add(TapEvent e) {
        events.add(e);
    }

    public List<TapEvent> events() {
        return events.list();
    }

    /** The events with a sequence number above {@code seq}. */
    public List<TapEvent> since(long seq) {
        return events.since(seq);
    }

    public long lastSeq() {
        return events.lastSeq();
    }

    public void clear() {
        events.clear();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // nothing left to do: the broker is going away
        }
    }
}
