package mqttlab.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mqttlab.broker.BrokerStats;
import mqttlab.broker.ClientInfo;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.SubscriptionInfo;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.Unsubscribe;

/**
 * What the relay knows of the broker's inside from the packets it saw: clients (connected, or a
 * persistent session left offline), subscriptions as the SUBACK granted them, retained messages
 * published through it, and counters. Where the SUBACK grants other than asked, listeners hear of it.
 */
final class RelaySeen {
    private final Clock clock;
    private final Map<String, ClientInfo> clients = new LinkedHashMap<>();
    private final Map<String, Map<String, SubscriptionInfo>> subscriptions = new LinkedHashMap<>();
    private final Map<String, RetainedInfo> retained = new LinkedHashMap<>();
    private final Map<RelayedConnection, Map<Integer, Subscribe>> pending = new HashMap<>();
    private final List<Consumer<BrokerDifference>> differenceListeners = new CopyOnWriteArrayList<>();
    private long clientsTotal, clientsMaximum, messagesIn, messagesOut, publishIn, publishOut, bytesIn, bytesOut;

    RelaySeen(Clock clock) { this.clock = clock; }

    void saw(RelayedConnection c, TapEvent e) {
        List<BrokerDifference> differences = new ArrayList<>();
        synchronized (this) {
            boolean in = e.direction() == Direction.IN;
            if (in) { messagesIn++; bytesIn += e.bytes().length; } else { messagesOut++; bytesOut += e.bytes().length; }
            var p = e.packet();
            if (p instanceof Publish pub) {
                if (in) publishIn++; else publishOut++;
                if (in && pub.retain()) retain(e.topic() == null ? pub.topic() : e.topic(), pub);
            } else if (p instanceof ConnAck a && a.reasonCode() == 0 && c.connect() != null) {
                connected(c, c.connect(), a);
            } else if (p instanceof Subscribe s) {
                pending.computeIfAbsent(c, k -> new HashMap<>()).put(s.packetId(), s);
            } else if (p instanceof SubAck a) {
                Map<Integer, Subscribe> mine = pending.get(c);
                Subscribe s = mine == null ? null : mine.remove(a.packetId());
                if (s != null) granted(c.name(), s, a, differences);
            } else if (p instanceof Unsubscribe u) {
                Map<String, SubscriptionInfo> subs = subscriptions.get(c.name());
                if (subs != null) u.filters().forEach(subs::remove);
            }
        }
        for (BrokerDifference d : differences) {
            for (Consumer<BrokerDifference> l : differenceListeners) {
                try {
                    l.accept(d);
                } catch (RuntimeException ignored) {
                    // a listener's bug must not break the relay
                }
            }
        }
    }

    private void retain(String topic, Publish p) {
        if (p.payload().length == 0) retained.remove(topic); // an empty retained message clears the topic [MQTT-3.3.1-10]
        else retained.put(topic, new RetainedInfo(topic, p.payload(), p.qos().value(), clock.instant()));
    }

    private void connected(RelayedConnection c, Connect connect, ConnAck a) {
        String id = c.name();
        if (connect.cleanStart() || !a.sessionPresent()) subscriptions.remove(id); // a new session starts with none [MQTT-3.1.2-6]
        clients.put(id, new ClientInfo(id, c.address(), connect.version(), connect.cleanStart(), connect.keepAlive(),
                connect.username(), true, clock.instant(), 0, 0));
        clientsTotal++;
        long online = clients.values().stream().filter(ClientInfo::connected).count();
        clientsMaximum = Math.max(clientsMaximum, online);
    }

    private void granted(String id, Subscribe s, SubAck a, List<BrokerDifference> differences) {
        for (int i = 0; i < s.subscriptions().size() && i < a.reasonCodes().size(); i++) {
            Subscription sub = s.subscriptions().get(i);
            int code = a.reasonCodes().get(i);
            if (code < 0x80) {
                subscriptions.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(sub.filter(), new SubscriptionInfo(id, sub.filter(), code,
                        sub.noLocal(), sub.retainAsPublished(), sub.retainHandling(), 0));
            }
            if (code != sub.qos().value()) differences.add(new BrokerDifference(id, sub.filter(), sub.qos().value(), code));
        }
    }

    /** The connection ended: a clean session goes with it, a persistent one stays, offline. */
    synchronized void ended(RelayedConnection c) {
        pending.remove(c);
        Connect connect = c.connect();
        if (connect == null || !c.accepted()) return;
        String id = c.name();
        ClientInfo was = clients.get(id);
        if (was == null || !was.connected()) return;
        if (connect.cleanStart() && !(connect.version().isV5() && sessionExpiry(connect) > 0)) {
            clients.remove(id);
            subscriptions.remove(id);
        } else {
            clients.put(id, new ClientInfo(id, null, was.version(), was.cleanStart(), was.keepAlive(), was.username(), false, clock.instant(), 0, 0));
        }
    }

    private static long sessionExpiry(Connect c) {
        return c.properties().number(mqttlab.protocol.property.PropertyId.SESSION_EXPIRY_INTERVAL).orElse(0);
    }

    AutoCloseable onDifference(Consumer<BrokerDifference> listener) {
        differenceListeners.add(listener);
        return () -> differenceListeners.remove(listener);
    }

    synchronized List<ClientInfo> clients() { return new ArrayList<>(clients.values()); }

    synchronized List<SubscriptionInfo> subscriptions() {
        List<SubscriptionInfo> out = new ArrayList<>();
        subscriptions.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    synchronized List<RetainedInfo> retained() { return new ArrayList<>(retained.values()); }

    synchronized BrokerStats stats(Duration uptime) {
        int online = (int) clients.values().stream().filter(ClientInfo::connected).count();
        int subs = subscriptions.values().stream().mapToInt(Map::size).sum();
        return new BrokerStats(uptime, online, clients.size() - online, clientsTotal, clientsMaximum, messagesIn, messagesOut,
                publishIn, publishOut, 0, bytesIn, bytesOut, subs, retained.size(), 0, retained.size());
    }

    Instant now() { return clock.instant(); }
}
