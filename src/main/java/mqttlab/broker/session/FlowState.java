package mqttlab.broker.session;

import java.util.LinkedHashSet;
import java.util.Set;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.time.BrokerClock;

/**
 * One session's place in flow control; the rules that move it are flow's Backpressure and Drops.
 * Event loop thread only.
 * <ul>
 * <li>holding: its queue reached the high mark, so the publishers feeding it are not read
 * (TCP pushes back on them) until the queue is down to half;</li>
 * <li>stalled: it made no progress for {@code backpressure_timeout}, so it no longer holds
 * anyone back and mosquitto's rules apply to it: queue up to the limits, then drop;</li>
 * <li>dropping: a drop episode is under way (logged once, as mosquitto does).</li>
 * </ul>
 */
public final class FlowState {
    private boolean holding;
    private boolean stalled;
    private boolean dropping;
    /** When a message last left the queue, an acknowledgement arrived or the socket drained (the broker clock's nanos). */
    private long lastProgressNanos;
    /** The publishers held back; made on the first hold (most sessions never hold anyone). */
    private Set<Connection> held;
    /** Checks for a stall while holding; null when none is scheduled. */
    private BrokerClock.Timer watchdog;

    public boolean holding() { return holding; }

    public boolean stalled() { return stalled; }

    public boolean dropping() { return dropping; }

    /** When the session last made progress (the broker clock's nanos). */
    public long lastProgressNanos() { return lastProgressNanos; }

    /** How many publishers' connections this session holds back now. */
    public int heldPublishers() { return held == null ? 0 : held.size(); }

    /** The queue reached the high mark at {@code nanos}: publishers are held from now on (the stall timeout counts from here at the earliest). */
    public void startHolding(long nanos) {
        holding = true;
        lastProgressNanos = nanos;
    }

    /** {@code timer} checks for a stall next; the one before has run. */
    public void watchedBy(BrokerClock.Timer timer) { watchdog = timer; }

    /** Something left the queue, or an acknowledgement came, or the socket drained, at {@code nanos}. */
    public void progressed(long nanos) {
        lastProgressNanos = nanos;
        stalled = false;
    }

    /** No progress for the timeout: the session no longer holds anyone back. */
    public void stalledNow() { stalled = true; }

    /** The client went offline: the offline rules apply, not the stall. */
    public void offline() { stalled = false; }

    /** A drop episode begins; false when one was already under way. */
    public boolean startDropping() {
        if (dropping) return false;
        dropping = true;
        return true;
    }

    /** The client takes messages again: the next drop starts a new episode. */
    public void recovered() { dropping = false; }

    /** Adds a publisher to those held back; false when it already was. */
    public boolean hold(Connection publisher) {
        if (held == null) held = new LinkedHashSet<>();
        return held.add(publisher);
    }

    /** Stops holding: the watchdog is cancelled, and every held publisher's reads go. */
    public void release() {
        holding = false;
        if (watchdog != null) {
            watchdog.cancel();
            watchdog = null;
        }
        if (held == null) return;
        for (Connection c : held) c.reads().release();
        held.clear();
    }
}
