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
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final SessionStore sessions;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final Drops drops;

    public Backpressure(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, EventLoop loop, BrokerClock clock, Drops drops) {
        this.config = config;
        this.log = log;
        this.sessions = sessions;
        this.loop = loop;
        this.clock = clock;
        this.drops = drops;
    }

    /** A message for {@code s} that could not be sent now: queue it (and push back), or drop it. */
    public void wait(Session s, Outbound o, boolean retainedOnSubscribe) {
        FlowState f = s.flow;
        Connection c = s.connection();
        boolean full = atHighMark(s, o.size());
        if (!retainedOnSubscribe) {
            boolean mosquittoRules = c == null || f.stalled() || config.get().backpressureTimeoutMillis() == 0;
            boolean qos0 = o.qos == Qos.AT_MOST_ONCE;
            if (mosquittoRules && (full || (qos0 && (c != null || !config.get().queueQos0Messages())))) {
                drops.drop(s, o);
                return;
            }
        }
        s.queue.add(o);
        drops.recovered(s);
        if (c != null && !f.stalled() && config.get().backpressureTimeoutMillis() > 0 && atHighMark(s, 0)) {
            hold(s, publisherOf(o.message, c));
        }
    }

    /** True when the queue has reached max_queued_messages, or would pass max_queued_bytes with {@code adding} more. */
    private boolean atHighMark(Session s, long adding) {
        int max = config.get().maxQueuedMessages();
        long maxBytes = config.get().maxQueuedBytes();
        return (max > 0 && s.queue.size() >= max) || (maxBytes > 0 && s.queue.bytes() + adding >= maxBytes);
    }

    private boolean atLowMark(Session s) {
        int max = config.get().maxQueuedMessages();
        long maxBytes = config.get().maxQueuedBytes();
        return (max <= 0 || s.queue.size() <= max / 2) && (maxBytes <= 0 || s.queue.bytes() <= maxBytes / 2);
    }

    /** The connection the message came in on, if it is still there (not the subscriber's own). */
    private Connection publisherOf(Message m, Connection subscriber) {
        if (m.origin() == null) return null; // $SYS, the broker's log: nobody to push back on
        Session from = sessions.get(m.origin());
        Connection c = from == null ? null : from.connection();
        return c == subscriber ? null : c; // holding a client's own reads would also hold its acknowledgements
    }

    private void hold(Session s, Connection publisher) {
        FlowState f = s.flow;
        if (!f.holding()) {
            f.startHolding(clock.nanos()); // the timeout counts from the start of the hold at the earliest
            log.log(LogLevel.DEBUG, "Client " + s.clientId + " has " + s.queue.size()
                    + " messages queued: holding its publishers back.");
            f.watchedBy(clock.schedule(loop, () -> check(s), Duration.ofMillis(config.get().backpressureTimeoutMillis())));
        }
        if (publisher != null && f.hold(publisher)) publisher.reads().hold();
    }

    /** The watchdog: a holding client whose last progress is backpressure_timeout ago is stalled. */
    private void check(Session s) {
        FlowState f = s.flow;
        f.watchedBy(null);
        if (!f.holding()) return;
        long timeout = TimeUnit.MILLISECONDS.toNanos(config.get().backpressureTimeoutMillis());
        long quiet = clock.nanos() - f.lastProgressNanos();
        if (quiet < timeout) {
            f.watchedBy(clock.schedule(loop, () -> check(s), Duration.ofNanos(timeout - quiet)));
            return;
        }
        f.stalledNow();
        log.log(LogLevel.NOTICE, "Client " + s.clientId + " made no progress for " + config.get().backpressureTimeoutMillis()
                + " ms: no longer holding its publishers back.");
        release(s);
    }

    /** Something left the client's queue, or it acknowledged a message, or its socket drained. */
    public void progressed(Session s) {
        FlowState f = s.flow;
        f.progressed(clock.nanos());
        if (f.holding() && atLowMark(s)) release(s);
    }

    /** Lets every publisher this client held go (its queue drained, it stalled, or it went away). */
    public void release(Session s) {
        s.flow.release();
    }

    /** The client's connection ended: it holds nobody back, and the offline rules apply to it. */
    public void offline(Session s) {
        release(s);
        s.flow.offline();
    }
}
