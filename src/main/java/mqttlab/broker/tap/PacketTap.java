package mqttlab.broker.tap;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Every packet in and out of the broker, for the shell's `trace`, lessons and graders.
 * Costs one volatile read per packet when nobody listens: callers check {@link #active()}
 * before building an event.
 */
public final class PacketTap {
    private final List<Consumer<TapEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    private volatile boolean active;

    public boolean active() { return active; }

    public long nextSeq() { return seq.incrementAndGet(); }

    public void publish(TapEvent event) {
        for (Consumer<TapEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // A listener's bug must never break the broker's I/O path.
            }
        }
    }

    /** Starts delivering events to the listener; close the result to stop. */
    public AutoCloseable listen(Consumer<TapEvent> listener) {
        listeners.add(listener);
        active = true;
        return () -> {
            listeners.remove(listener);
            active = !listeners.isEmpty();
        };
    }
}
