package mqttlab.broker.persist;

import java.time.Duration;
import io.netty.channel.EventLoop;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.connect.SessionTakeover;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.session.Session;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.broker.time.BrokerClock;

/**
 * Puts a {@link Snapshot} back into a new broker, on its event loop, before any client connects:
 * retained messages into the store, sessions offline with their subscriptions in the tree, queued
 * and in-flight messages (packet ids marked used, so the reconnect resends them with DUP=1 via
 * {@code OutboundFlow.resume}), and their expiry timers re-armed. Time the broker was down counts
 * against message and session expiry; what ran out meanwhile is dropped.
 */
final class SnapshotRestore {
    record Result(int retained, int sessions, int expired) { }

    private SnapshotRestore() { }

    static Result apply(Snapshot snap, PersistedState state, BrokerClock clock, EventLoop loop, SessionTakeover takeover, ListenerAccess access) {
        long nowNanos = clock.nanos();
        long downSeconds = Math.max(0, (clock.millis() - snap.savedAtMillis()) / 1000);
        int retained = 0;
        for (StoredMessage r : snap.retained()) {
            Message m = r.toMessage(downSeconds, nowNanos);
            if (m == null) continue;
            state.retained().put(m.topic(), m);
            retained++;
        }
        int sessions = 0;
        int expired = 0;
        for (StoredSession stored : snap.sessions()) {
            long expiresIn = stored.expiresIn() < 0 ? -1 : stored.expiresIn() - downSeconds;
            if (stored.expiresIn() >= 0 && expiresIn <= 0) {
                expired++;
                continue;
            }
            Session s = session(stored, state, clock, access, downSeconds, nowNanos);
            if (expiresIn > 0) {
                s.expiresWith(clock.schedule(loop, () -> {
                    if (!s.online()) takeover.discard(s);
                }, Duration.ofSeconds(expiresIn)));
            }
            sessions++;
        }
        return new Result(retained, sessions, expired);
    }

    private static Session session(StoredSession stored, PersistedState state, BrokerClock clock, ListenerAccess access, long downSeconds, long nowNanos) {
        Session s = new Session(stored.clientId());
        s.renew(stored.version(), stored.cleanStart(), stored.expiryInterval(), stored.username(), access, clock.instant());
        for (SubscriptionEntry e : stored.subscriptions()) state.subscriptions().subscribe(e);
        for (StoredOutbound o : stored.inflight()) {
            Outbound out = outbound(o, downSeconds, nowNanos);
            if (out == null) continue; // expired before it was acknowledged: not delivered again [MQTT-3.3.2-5]
            s.inflight().put(out.packetId, out);
            s.packetIds().markUsed(out.packetId);
        }
        for (StoredOutbound o : stored.queue()) {
            Outbound out = outbound(o, downSeconds, nowNanos);
            if (out != null) s.queue().add(out);
        }
        for (StoredSession.Received r : stored.awaitingPubRel()) {
            // an expired message is not routed on PUBREL, but the id is still acknowledged with PUBCOMP
            s.awaitingPubRel().put(r.packetId(), r.message() == null ? null : r.message().toMessage(downSeconds, nowNanos));
        }
        state.sessions().put(s);
        return s;
    }

    private static Outbound outbound(StoredOutbound o, long downSeconds, long nowNanos) {
        Message m = o.message().toMessage(downSeconds, nowNanos);
        if (m == null && o.state() == Outbound.State.AWAITING_PUBCOMP) m = o.message().withoutExpiry(nowNanos); // only the PUBREL is left to send
        if (m == null) return null;
        Outbound out = new Outbound(m, o.qos(), o.retain(), o.subscriptionIds());
        out.packetId = o.packetId();
        out.state = o.state();
        return out;
    }
}
