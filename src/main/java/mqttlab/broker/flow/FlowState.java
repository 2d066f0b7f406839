package mqttlab.broker.flow;

import java.util.LinkedHashSet;
import java.util.Set;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.time.BrokerClock;

/**
 * One session's place in flow control. Event loop thread only.
 * <ul>
 * <li>{@code holding}: its queue reached the high mark, so the publishers feeding it are not read
 * (TCP pushes back on them) until the queue is down to half;</li>
 * <li>{@code stalled}: it made no progress for {@code backpressure_timeout}, so it no longer holds
 * anyone back and mosquitto's rules apply to it: queue up to the limits, then drop;</li>
 * <li>{@code notReading}: its socket took no byte for {@link Backpressure#READ_PROBE_MILLIS} while it
 * held publishers back, so QoS 0 for it is dropped rather than held for;</li>
 * <li>{@code dropping}: a drop episode is under way (logged once, as mosquitto does).</li>
 * </ul>
 */
public final class FlowState {
    boolean holding;
    boolean stalled;
    boolean dropping;
    boolean notReading;
    /** What the client's socket had taken at the watchdog's last look ({@code Connection.taken}). */
    long takenBytes;
    /** When a message last left the queue, an acknowledgement arrived or the socket drained (the broker clock's nanos). */
    long lastProgressNanos;
    /** The publishers held back; made on the first hold (most sessions never hold anyone). */
    private Set<Connection> held;
    BrokerClock.Timer watchdog;

    public boolean holding() { return holding; }

    public boolean stalled() { return stalled; }

    public boolean notReading() { return notReading; }

    /** How many publishers' connections this session holds back now. */
    public int heldPublishers() { return held == null ? 0 : held.size(); }

    /** Adds a publisher to those held back; false when it already was. */
    boolean hold(Connection publisher) {
        if (held == null) held = new LinkedHashSet<>();
        return held.add(publisher);
    }

    /** Lets every held publisher's reads go, and forgets them. */
    void releaseAll() {
        if (held == null) return;
        for (Connection c : held) c.reads().release();
        held.clear();
    }
}
