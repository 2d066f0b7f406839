package mqttlab.broker.persist;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.session.Session;
import mqttlab.broker.time.BrokerClock;

/**
 * Takes a {@link Snapshot} of the broker's state: the retained messages (not {@code $SYS}, which
 * the broker makes afresh) and every session that outlives its connection, online or not; clean
 * sessions leave nothing [MQTT-3.1.2-6]. Runs on the broker's event loop, so it sees one moment;
 * it only copies references to immutable messages, so it is quick.
 */
final class SnapshotCapture {
    private SnapshotCapture() { }

    static Snapshot take(PersistedState state, BrokerClock clock) {
        long nowNanos = clock.nanos();
        Instant now = clock.instant();
        List<StoredMessage> retained = new ArrayList<>();
        for (Message m : state.retained().all()) {
            if (m.topic().startsWith("$SYS") || m.expired(nowNanos)) continue;
            retained.add(StoredMessage.of(m, nowNanos));
        }
        List<StoredSession> sessions = new ArrayList<>();
        for (Session s : state.sessions().all()) {
            if (s.endsWithConnection()) continue;
            sessions.add(session(state, s, now, nowNanos));
        }
        return new Snapshot(now.toEpochMilli(), retained, sessions);
    }

    private static StoredSession session(PersistedState state, Session s, Instant now, long nowNanos) {
        long expiresIn;
        if (s.expiryInterval() == Session.NEVER_EXPIRES) expiresIn = -1;
        else if (s.online()) expiresIn = s.expiryInterval();
        else expiresIn = Math.max(0, s.expiryInterval() - Math.max(0, Duration.between(s.since(), now).toSeconds()));
        List<StoredOutbound> inflight = new ArrayList<>(s.inflight().size());
        for (Outbound o : s.inflight().values()) inflight.add(StoredOutbound.of(o, nowNanos));
        List<StoredOutbound> queue = new ArrayList<>(s.queue().size());
        for (Outbound o : s.queue()) queue.add(StoredOutbound.of(o, nowNanos));
        List<StoredSession.Received> received = new ArrayList<>();
        for (Map.Entry<Integer, Message> e : new TreeMap<>(s.awaitingPubRel()).entrySet()) {
            received.add(new StoredSession.Received(e.getKey(), e.getValue() == null ? null : StoredMessage.of(e.getValue(), nowNanos)));
        }
        return new StoredSession(s.clientId(), s.version(), s.cleanStart(), s.expiryInterval(), expiresIn, s.username(),
                state.subscriptions().subscriptionsOf(s.clientId()), inflight, queue, received);
    }
}
