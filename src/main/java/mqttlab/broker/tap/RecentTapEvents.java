package mqttlab.broker.tap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.Publish;

/**
 * The latest packets seen on the tap, bounded in count and in bytes: a listener keeping what clients sent
 * must not keep whatever they send. In class the instructor's lab sees every student's packets, and a
 * student's twenty 15 MB messages would otherwise stay in memory twice each (raw and decoded). A big
 * packet pushes out older ones; the newest is always kept. Thread-safe.
 */
public final class RecentTapEvents {
    private final int count;
    private final long bytes;
    private final ArrayDeque<TapEvent> events = new ArrayDeque<>();
    private long held;

    public RecentTapEvents(int count, long bytes) {
        this.count = count;
        this.bytes = bytes;
    }

    public synchronized void add(TapEvent e) {
        events.addLast(e);
        held += size(e);
        while (events.size() > count || held > bytes && events.size() > 1) held -= size(events.removeFirst());
    }

    /** Roughly what an event costs in memory: its raw bytes, a PUBLISH's payload decoded, and the rest. */
    public static long size(TapEvent e) {
        long n = 200 + (e.bytes() == null ? 0 : e.bytes().length);
        if (e.packet() instanceof Publish p) n += p.payload().length;
        return n;
    }

    /** The events, oldest first. */
    public synchronized List<TapEvent> list() {
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
        held = 0;
    }
}
