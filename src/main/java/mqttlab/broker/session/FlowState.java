package mqttlab.broker.session;

import java.util.LinkedHashSet;
import java.util.Set;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.time.BrokerClock;

/**
 * One session's place in flow control; the rules that move it are flow's Backpressure and Drops,
 * through methods named for what happened. Event loop thread only.
 * <ul>
 * <li>holding: its queue reached the high mark, so the publishers feeding it are not read
 * (TCP pushes back on them) until the queue is down to half;</li>
 * <li>stalled: it made no progress for {@code backpressure_timeout}, so it no longer holds
 * anyone back and mosquitto's rules apply to it: queue up to the limits, then drop;</li>
 * <li>not reading: its socket took no byte for Backpressure's read probe while it held publishers
 * back, so QoS 0 for it is dropped rather than held for;</li>
 * <li>dropping: a drop episode is under way (logged once, as mosquitto does).</li>
 * </ul>
 */
public final class FlowState {
    private boolean holding;
    private boolean stalled;
    private boolean dropping;
    private boolean notReading;
    /** What the client's socket had taken at the watchdog's last look ({@code Connection.taken}). */
    private long takenBytes;
    /** When a message last left the queue, an acknowledgement arrived or the socket drained (the broker clock's nanos). */
    private long lastProgressNanos;
    /** The publishers held back; made on the first hold (most sessions never hold anyone). */
    private Set<Connection> held;
    /** The next look at the client while it holds publishers back or does not read; null when none is due. */
    private BrokerClock.Timer watchdog;

    public boolean holding() { return holding; }

    public boolean stalled() { return stalled; }

    public boolean notReading() { return notReading; }

    public boolean dropping() { return dropping; }

    /** When the session last made progress (the broker clock's nanos). */
    public long lastProgressNanos() { return lastProgressNanos; }

    /** What the client's socket had taken at the watchdog's last look. */
    public long takenBytes() { return takenBytes; }

    /** How many publishers' connections this session holds back now. */
    public int heldPublishers() { return held == null ? 0 : held.size(); }

    /** True while a look at the client is scheduled. */
    public boolean watched() { return watchdog != null; }

    /** The queue reached the high mark: publishers are held back from now on. */
    public void startHolding() { holding = true; }

    /** The timeouts count from {@code nanos}, when the socket had taken {@code taken} bytes. */
    public void countFrom(long nanos, long taken) {
        lastProgressNanos = nanos;
        takenBytes = taken;
    }

    /** {@code timer} looks at the client next (null: the look due has run). */
    public void watchedBy(BrokerClock.Timer timer) { watchdog = timer; }

    /** The socket had taken {@code taken} bytes at this look. */
    public void took(long taken) { takenBytes = taken; }

    /** The socket took bytes since the last look, at {@code nanos}: the client reads, however slowly. */
    public void reads(long nanos) {
        lastProgressNanos = nanos;
        notReading = false;
    }

    /** The socket took nothing for the read probe: the client holds nobody back for QoS 0 (a QoS 1/2 message holds them again). */
    public void stoppedReading() {
        notReading = true;
        holding = false;
        releaseHeld();
    }

    /** Something left the queue, an acknowledgement came, or the socket drained, at {@code nanos}. */
    public void progressed(long nanos) {
        lastProgressNanos = nanos;
        stalled = false;
        notReading = false;
    }

    /** No progress for backpressure_timeout: the session no longer holds anyone back. */
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

    /** Stops holding and watching: the watchdog is cancelled, and every held publisher's reads go. */
    public void release() {
        holding = false;
        notReading = false;
        if (watchdog != null) {
            watchdog.cancel();
            watchdog = null;
        }
        releaseHeld();
    }

    private void releaseHeld() {
        if (held == null) return;
        for (Connection c : held) c.reads().release();
        held.clear();
    }
}
