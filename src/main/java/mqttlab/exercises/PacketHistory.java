package mqttlab.exercises;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.tap.TapEvent;

/**
 * The packets the broker has seen since the lab started (the latest {@value #CAPACITY}), so that a
 * shell-action grader can judge what the student's session did before `check` was typed.
 */
public final class PacketHistory implements AutoCloseable {
    static final int CAPACITY = 100_000;

    private final ArrayDeque<TapEvent> events = new ArrayDeque<>();
    private final AutoCloseable subscription;

    private PacketHistory(LabSystem lab) {
        this.subscription = lab.onPacket(this::add);
    }

    /** Starts recording; throws {@link LabUnavailableException} when the broker has no tap. */
    public static PacketHistory record(LabSystem lab) {
        return new PacketHistory(lab);
    }

    private synchronized void add(TapEvent e) {
        if (events.size() == CAPACITY) events.removeFirst();
        events.addLast(e);
    }

    public synchronized List<TapEvent> events() {
        return new ArrayList<>(events);
    }

    /** The events with a sequence number above {@code seq}. */
    public synchronized List<TapEvent> since(long seq) {
        return events.stream().filter(e -> e.seq() > seq).toList();
    }

    public synchronized long lastSeq() {
        return events.isEmpty() ? 0 : events.getLast().seq();
    }

    public synchronized void clear() {
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
