package mqttlab.broker.session;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The messages waiting to go to one client, oldest first, with their payload bytes counted as they
 * come and go: mosquitto's {@code max_queued_messages} and {@code max_queued_bytes} are both checked
 * against this queue (it holds what is not yet in flight).
 */
public final class OutboundQueue implements Iterable<Outbound> {
    /** Made on the first message: an idle client's session holds no array for a queue it never uses. */
    private ArrayDeque<Outbound> items;
    private long bytes;

    private ArrayDeque<Outbound> items() {
        if (items == null) items = new ArrayDeque<>();
        return items;
    }

    public void add(Outbound o) {
        items().addLast(o);
        bytes += o.size();
    }

    /** Puts a message back at the head (no packet id was free for it). */
    public void addFirst(Outbound o) {
        items().addFirst(o);
        bytes += o.size();
    }

    public Outbound peekFirst() { return items == null ? null : items.peekFirst(); }

    public Outbound pollFirst() {
        Outbound o = items == null ? null : items.pollFirst();
        if (o != null) bytes -= o.size();
        return o;
    }

    public int size() { return items == null ? 0 : items.size(); }

    public boolean isEmpty() { return items == null || items.isEmpty(); }

    /** Payload bytes of the queued messages (as mosquitto counts them for max_queued_bytes). */
    public long bytes() { return bytes; }

    public void clear() {
        if (items != null) items.clear();
        bytes = 0;
    }

    @Override
    public Iterator<Outbound> iterator() {
        Iterator<Outbound> it = items == null ? java.util.Collections.emptyIterator() : items.iterator();
        return new Iterator<>() { // read-only: removal would bypass the byte count
            public boolean hasNext() { return it.hasNext(); }
            public Outbound next() { return it.next(); }
        };
    }
}
