package mqttlab.broker.session;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The messages waiting to go to one client, oldest first, with their payload bytes counted as they
 * come and go: mosquitto's {@code max_queued_messages} and {@code max_queued_bytes} are both checked
 * against this queue (it holds what is not yet in flight).
 */
public final class OutboundQueue implements Iterable<Outbound> {
    private final ArrayDeque<Outbound> items = new ArrayDeque<>();
    private long bytes;

    public void add(Outbound o) {
        items.addLast(o);
        bytes += o.size();
    }

    /** Puts a message back at the head (no packet id was free for it). */
    public void addFirst(Outbound o) {
        items.addFirst(o);
        bytes += o.size();
    }

    public Outbound peekFirst() { return items.peekFirst(); }

    public Outbound pollFirst() {
        Outbound o = items.pollFirst();
        if (o != null) bytes -= o.size();
        return o;
    }

    public int size() { return items.size(); }

    public boolean isEmpty() { return items.isEmpty(); }

    /** Payload bytes of the queued messages (as mosquitto counts them for max_queued_bytes). */
    public long bytes() { return bytes; }

    public void clear() {
        items.clear();
        bytes = 0;
    }

    @Override
    public Iterator<Outbound> iterator() {
        Iterator<Outbound> it = items.iterator();
        return new Iterator<>() { // read-only: removal would bypass the byte count
            public boolean hasNext() { return it.hasNext(); }
            public Outbound next() { return it.next(); }
        };
    }
}
