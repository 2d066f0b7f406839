package mqttlab.broker.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.message.Message;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.retain.RetainedStore;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.protocol.packet.Qos;

/**
 * Fans an application message out to every matching subscription: one copy per client at the
 * highest QoS of its overlapping subscriptions, downgraded to the message's QoS
 * [MQTT-3.3.5-1], with every matching subscription identifier [MQTT-3.3.4-3]. Also keeps the
 * retained store [MQTT-3.3.1-5..7].
 */
public final class Router {
    private final SessionStore sessions;
    private final SubscriptionTree subscriptions;
    private final RetainedStore<Message> retained;
    private final OutboundFlow outbound;

    public Router(SessionStore sessions, SubscriptionTree subscriptions, RetainedStore<Message> retained,
                  OutboundFlow outbound) {
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.retained = retained;
        this.outbound = outbound;
    }

    /** Stores (or clears) the retained message if RETAIN is set, then delivers to subscribers. */
    public void publish(Message m) {
        if (m.retain()) {
            if (m.payload().length == 0) retained.remove(m.topic()); // [MQTT-3.3.1-6] an empty payload clears it
            else retained.put(m.topic(), m);
        }
        route(m);
    }

    private void route(Message m) {
        List<SubscriptionEntry> matches = subscriptions.match(m.topic(), this::online);
        if (matches.isEmpty()) return;
        if (oneEach(matches)) { // the usual fan-out: nothing to merge, so no map and no per-client record
            for (int i = 0, n = matches.size(); i < n; i++) {
                SubscriptionEntry e = matches.get(i);
                if (!skip(e, m)) deliver(e.clientId(), m, e.qos(), e.retainAsPublished(), ids(e.subscriptionId()));
            }
            return;
        }
        Map<String, Merged> perClient = new HashMap<>();
        for (SubscriptionEntry e : matches) {
            if (skip(e, m)) continue;
            String key = e.shareGroup() == null ? e.clientId() : e.clientId() + "\u0000" + e.shareGroup();
            perClient.computeIfAbsent(key, k -> new Merged(e.clientId())).add(e);
        }
        for (Merged g : perClient.values()) deliver(g.clientId, m, g.qos, g.retainAsPublished, g.ids());
    }

    /** Matches at most this many are checked pair by pair for a client seen twice; more go through the map. */
    private static final int PAIRWISE = 32;

    /**
     * True when no client appears twice among the matches (counting a shared subscription apart from
     * the same client's plain one, as the merge does), so each match is one delivery as it stands.
     * Pair by pair on the cached hash codes: cheaper than the map for a few dozen subscribers.
     */
    private static boolean oneEach(List<SubscriptionEntry> matches) {
        int n = matches.size();
        if (n == 1) return true;
        if (n > PAIRWISE) return false;
        for (int i = 1; i < n; i++) {
            SubscriptionEntry a = matches.get(i);
            int h = a.clientId().hashCode();
            for (int j = 0; j < i; j++) {
                SubscriptionEntry b = matches.get(j);
                if (b.clientId().hashCode() == h && b.clientId().equals(a.clientId())
                        && java.util.Objects.equals(a.shareGroup(), b.shareGroup())) return false;
            }
        }
        return true;
    }

    private boolean online(String clientId) {
        Session s = sessions.get(clientId);
        return s != null && s.online();
    }

    private boolean skip(SubscriptionEntry e, Message m) {
        return e.noLocal() && e.clientId().equals(m.origin()); // [MQTT-3.8.3-3] no local
    }

    private void deliver(String clientId, Message m, int subQos, boolean rap, int[] subIds) {
        Session s = sessions.get(clientId);
        if (s == null) return;
        if (s.access() != null && !s.access().authorizer().canRead(clientId, s.username(), m.topic())) return;
        Qos qos = Qos.of(Math.min(subQos, m.qos().value()));
        outbound.deliver(s, m, qos, rap && m.retain(), subIds); // [MQTT-3.3.1-12] RETAIN=0 unless retain as published
    }

    private static int[] ids(int id) {
        return id == 0 ? NO_IDS : new int[] {id};
    }

    private static final int[] NO_IDS = new int[0];

    private static final class Merged {
        final String clientId;
        int qos;
        boolean retainAsPublished;
        int[] ids = NO_IDS;

        Merged(String clientId) { this.clientId = clientId; }

        void add(SubscriptionEntry e) {
            qos = Math.max(qos, e.qos());
            retainAsPublished |= e.retainAsPublished();
            if (e.subscriptionId() != 0) {
                ids = java.util.Arrays.copyOf(ids, ids.length + 1);
                ids[ids.length - 1] = e.subscriptionId();
            }
        }

        int[] ids() { return ids; }
    }
}
