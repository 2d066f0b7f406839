package mqttlab.broker.flow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import io.netty.channel.EventLoop;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.FlowState;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.Qos;

/**
 * Decides, for a message that cannot go out to a client at once, whether it waits in the client's
 * queue or is dropped, and pushes back on the publishers that feed a client that falls behind.
 *
 * <p>A connected client that is slower than its publishers: its queue may reach the high mark
 * ({@code max_queued_messages}, {@code max_queued_bytes}); from then on each publisher whose
 * message is queued for it is no longer read (TCP backpressure) until the queue is down to half.
 * Nothing it was sent is dropped meanwhile — a QoS 1/2 message the publisher had acknowledged is
 * never lost to the queue limit.
 *
 * <p>Progress is judged by the bytes the client's socket takes: a client that reads, however
 * slowly, takes some; one that never reads takes none once the kernel's buffers are full. A client
 * that took none for {@link #READ_PROBE_MILLIS} while its queue is full is "not reading": it no longer
 * holds anyone back for QoS 0, whose copies for it are dropped as mosquitto drops a QoS 0 message
 * that cannot go out at once, so one client that never reads pauses the others' QoS 0 traffic for
 * that long once, not for the whole timeout. QoS 1/2 still hold the publishers back: those the
 * broker has acknowledged are worth the wait.
 *
 * <p>A client that is offline, or made no progress for {@code backpressure_timeout} ("stalled"),
 * must not hold publishers back; for it mosquitto's rules apply (mosquitto.conf(5),
 * {@code max_queued_messages}, {@code queue_qos0_messages}): QoS 1 and 2 queued up to the limits,
 * QoS 0 sent only when it can go at once (queued for an offline client only with
 * {@code queue_qos0_messages}), the rest dropped.
 *
 * <p>Retained messages sent on SUBSCRIBE are always queued, whatever the limits: the client asked
 * for all of them, and their number is bounded by the retained store.
 */
public final class Backpressure {
    /**
     * How long a client whose queue is full may take no byte from its socket before its QoS 0 copies
     * are dropped instead of holding the publishers (capped by backpressure_timeout). Short, since
     * every client fed by the same publishers waits meanwhile; long enough for a reading client to
     * show it reads: its socket then takes bytes every few milliseconds.
     */
    static final long READ_PROBE_MILLIS = 100;

    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final SessionStore sessions;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final Drops drops;

    public Backpressure(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, EventLoop loop,
                        BrokerClock clock, Drops drops) {
        this.config = config;
        this.log = log;
        this.sessions = sessions;
        this.loop = loop;
        this.clock = clock;
        this.drops = drops;
    }

    /** A message for {@code s} that could not be sent now: queue it (and push back), or drop it. */
    public void wait(Session s, Outbound o, boolean retainedOnSubscribe) {
        FlowState f = s.flow();
        Connection c = s.connection();
        boolean full = atHighMark(s, o.size());
        if (!retainedOnSubscribe) {
            boolean mosquittoRules = c == null || f.stalled() || config.get().backpressureTimeoutMillis() == 0;
            boolean qos0 = o.qos == Qos.AT_MOST_ONCE;
            if (mosquittoRules && (full || (qos0 && (c != null || !config.get().queueQos0Messages())))
                    || qos0 && c != null && f.notReading()) { // mosquitto: QoS 0 to a connected client goes at once or not at all
                drops.drop(s, o);
                return;
            }
        }
        s.queue().add(o);
        drops.recovered(s);
        if (c != null && !f.stalled() && config.get().backpressureTimeoutMillis() > 0 && atHighMark(s, 0)) {
            hold(s, publisherOf(o.message, c));
        }
    }

    /**
     * Whether a QoS 0 message for a connected client is dropped because of the bytes the broker already
     * holds for that client, as mosquitto 2.0.11 decides (database.c, db__ready_for_flight, measured
     * in P05InflightBytesTest): with max_queued_bytes set, or with max_inflight_bytes and no
     * max_queued_messages limit, QoS 0 goes only while the payload bytes in flight and queued, less
     * max_inflight_bytes, stay under max_queued_bytes. So QoS 1/2 traffic filling the byte window
     * crowds QoS 0 out. With the defaults (no byte limits) nothing is counted.
     */
    public boolean qos0OverBytes(Session s) {
        BrokerConfig c = config.get();
        long maxQueuedBytes = c.maxQueuedBytes();
        long maxInflightBytes = c.maxInflightBytes();
        if (maxQueuedBytes <= 0 && (c.maxQueuedMessages() > 0 || maxInflightBytes <= 0)) return false;
        return s.inflightBytes() + s.queue().bytes() - Math.max(0, maxInflightBytes) >= Math.max(0, maxQueuedBytes);
    }

    /** A QoS 0 message {@link #qos0OverBytes} turned away: dropped, counted, logged and traced as any drop. */
    public void dropQos0(Session s, Outbound o) {
        drops.drop(s, o);
    }

    /** True when the queue has reached max_queued_messages, or would pass max_queued_bytes with {@code adding} more. */
    private boolean atHighMark(Session s, long adding) {
        int max = config.get().maxQueuedMessages();
        long maxBytes = config.get().maxQueuedBytes();
        return (max > 0 && s.queue().size() >= max) || (maxBytes > 0 && s.queue().bytes() + adding >= maxBytes);
    }

    private boolean atLowMark(Session s) {
        int max = config.get().maxQueuedMessages();
        long maxBytes = config.get().maxQueuedBytes();
        return (max <= 0 || s.queue().size() <= max / 2) && (maxBytes <= 0 || s.queue().bytes() <= maxBytes / 2);
    }

    /** The connection the message came in on, if it is still there (not the subscriber's own). */
    private Connection publisherOf(Message m, Connection subscriber) {
        if (m.origin() == null) return null; // $SYS, the broker's log: nobody to push back on
        Session from = sessions.get(m.origin());
        Connection c = from == null ? null : from.connection();
        return c == subscriber ? null : c; // holding a client's own reads would also hold its acknowledgements
    }

    private void hold(Session s, Connection publisher) {
        FlowState f = s.flow();
        if (!f.holding()) {
            f.startHolding();
            if (!f.notReading()) f.countFrom(clock.nanos(), s.connection().taken()); // the timeout counts from the start of the hold at the earliest
            log.log(LogLevel.DEBUG, "Client " + s.clientId() + " has " + s.queue().size()
                    + " messages queued: holding its publishers back.");
            if (!f.watched()) f.watchedBy(clock.schedule(loop, () -> check(s), Duration.ofMillis(probeMillis())));
        }
        if (publisher != null && f.hold(publisher)) publisher.reads().hold();
    }

    private long probeMillis() {
        return Math.min(READ_PROBE_MILLIS, config.get().backpressureTimeoutMillis());
    }

    /**
     * The watchdog, every {@link #READ_PROBE_MILLIS} while the client holds publishers back or does
     * not read: a client whose socket took bytes since the last look progresses; one that took none
     * for the probe does not read (QoS 0 no longer holds anyone back for it), and for
     * backpressure_timeout is stalled.
     */
    private void check(Session s) {
        FlowState f = s.flow();
        f.watchedBy(null);
        Connection c = s.connection();
        if (!f.holding() && !f.notReading() || c == null) return;
        long now = clock.nanos();
        long taken = c.taken();
        if (taken > f.takenBytes()) f.reads(now); // the socket took bytes: the client reads, however slowly
        f.took(taken); // (a WebSocket frame's header counts as pending, not as written: it only ever lowers this)
        long timeout = TimeUnit.MILLISECONDS.toNanos(config.get().backpressureTimeoutMillis());
        long quiet = now - f.lastProgressNanos();
        if (quiet < timeout) {
            if (quiet >= TimeUnit.MILLISECONDS.toNanos(probeMillis()) && !f.notReading()) {
                log.log(LogLevel.DEBUG, "Client " + s.clientId() + " took nothing from its socket for " + probeMillis()
                        + " ms: its QoS 0 messages are dropped, not held for.");
                f.stoppedReading(); // a QoS 1/2 message for it holds them again
            }
            long next = Math.min(TimeUnit.MILLISECONDS.toNanos(probeMillis()), timeout - quiet);
            f.watchedBy(clock.schedule(loop, () -> check(s), Duration.ofNanos(next)));
            return;
        }
        f.stalledNow();
        log.log(LogLevel.NOTICE, "Client " + s.clientId() + " made no progress for " + config.get().backpressureTimeoutMillis()
                + " ms: no longer holding its publishers back.");
        release(s);
    }

    /** Something left the client's queue, or it acknowledged a message, or its socket drained. */
    public void progressed(Session s) {
        FlowState f = s.flow();
        f.progressed(clock.nanos());
        if (f.holding() && atLowMark(s)) release(s);
    }

    /** Lets every publisher this client held go (its queue drained, it stalled, or it went away). */
    public void release(Session s) {
        s.flow().release();
    }

    /** The client's connection ended: it holds nobody back, and the offline rules apply to it. */
    public void offline(Session s) {
        release(s);
        s.flow().offline();
    }
}
