package mqttlab.broker.subscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.retain.RetainedStore;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.topic.TopicFilter;

/**
 * SUBSCRIBE and SUBACK (3.1.1 section 3.8, 5.0 section 3.8): an invalid filter gets 0x80 / 0x8F
 * and the connection stays; then the retained messages the new subscriptions match, with
 * RETAIN=1 [MQTT-3.3.1-8], as v5's retain handling says.
 */
public final class SubscribeHandler {
    private final BrokerLog log;
    private final SubscriptionTree subscriptions;
    private final RetainedStore<Message> retained;
    private final OutboundFlow outbound;
    private final SessionStore sessions;
    private final ToIntFunction<String> limits;

    public SubscribeHandler(BrokerLog log, SubscriptionTree subscriptions, RetainedStore<Message> retained,
                            OutboundFlow outbound) {
        this(log, subscriptions, retained, outbound, null, user -> Integer.MAX_VALUE);
    }

    /**
     * {@code limits}: how many subscriptions an account may hold over all its sessions (the classroom's admission
     * policy; {@code Integer.MAX_VALUE} for no limit), counted in {@code sessions}.
     */
    public SubscribeHandler(BrokerLog log, SubscriptionTree subscriptions, RetainedStore<Message> retained,
                            OutboundFlow outbound, SessionStore sessions, ToIntFunction<String> limits) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.retained = retained;
        this.outbound = outbound;
        this.sessions = sessions;
        this.limits = limits;
    }

    /**
     * The subscriptions {@code username} holds over all its sessions, online or kept: each costs the broker memory
     * for as long as its session lives, so a class broker limits them per student (mosquitto has no such limit; one
     * student's 300,000 subscriptions grew it by 400 MB).
     */
    private int held(String username) {
        int n = 0;
        for (Session s : sessions.all()) if (username.equals(s.username())) n += subscriptions.countOf(s.clientId());
        return n;
    }

    public void handle(Connection c, Subscribe s) {
        log.log(LogLevel.DEBUG, "Received SUBSCRIBE from " + c.clientId());
        int subscriptionId = (int) s.properties().number(PropertyId.SUBSCRIPTION_IDENTIFIER).orElse(0);
        List<Integer> codes = new ArrayList<>();
        List<SubscriptionEntry> sendRetained = new ArrayList<>();
        int limit = c.username() == null || sessions == null ? Integer.MAX_VALUE : limits.applyAsInt(c.username());
        int held = limit == Integer.MAX_VALUE ? 0 : held(c.username());
        int overQuota = 0;
        for (Subscription sub : s.subscriptions()) {
            log.log(LogLevel.DEBUG, "\t" + sub.filter() + " (QoS " + sub.qos().value() + ")");
            var problem = TopicFilter.validate(sub.filter());
            if (problem.isPresent()) {
                log.log(LogLevel.NOTICE, "Invalid subscription filter from " + c.clientId() + ": " + problem.get().describe());
                codes.add(c.version().isV5() ? ReasonCode.TOPIC_FILTER_INVALID.code() : 0x80);
                continue;
            }
            TopicFilter filter = TopicFilter.of(sub.filter());
            // A shared subscription's Topic Filter is what follows $share/{ShareName}/ [MQTT-4.8.2-2]: the ACL
            // judges that, as for the same filter unshared (`#` never matches the `$share` prefix itself).
            if (!c.access().authorizer().canSubscribe(c.clientId(), c.username(), filter.matchPart())) {
                // 3.1.1 0x80 Failure; 5.0 0x87 Not authorized, the precise code (Paho's 5.0 interop test
                // insists on 0x80, and fails here on purpose)
                log.log(LogLevel.DEBUG, "Denied SUBSCRIBE from " + c.clientId() + " to " + sub.filter() + " (ACL).");
                codes.add(c.version().isV5() ? ReasonCode.NOT_AUTHORIZED.code() : 0x80);
                continue;
            }
            if (held >= limit && !subscriptions.holds(c.clientId(), sub.filter())) {
                // 5.0 0x97 Quota exceeded, a SUBACK reason code (3.9.3); 3.1.1 has only 0x80 Failure
                codes.add(c.version().isV5() ? ReasonCode.QUOTA_EXCEEDED.code() : 0x80);
                overQuota++;
                continue;
            }
            String group = filter.isShared() ? filter.shareName() : null;
            if (group != null && sub.noLocal()) { // [MQTT-3.8.3-4]
                c.disconnectWith(ReasonCode.PROTOCOL_ERROR, "no local is not allowed on a shared subscription");
                return;
            }
            SubscriptionEntry entry = new SubscriptionEntry(c.clientId(), sub.filter(), group, sub.qos().value(),
                    sub.noLocal(), sub.retainAsPublished(), sub.retainHandling(), subscriptionId);
            boolean existed = subscriptions.subscribe(entry);
            if (!existed) held++;
            log.log(LogLevel.SUBSCRIBE, c.clientId() + " " + sub.qos().value() + " " + sub.filter());
            codes.add(sub.qos().value());
            // Retained messages are not sent for shared subscriptions [MQTT-3.8.4-?] (MQTT 5.0 4.8.2), and as retain handling says.
            if (group == null && (sub.retainHandling() == 0 || (sub.retainHandling() == 1 && !existed))) sendRetained.add(entry);
        }
        if (overQuota > 0) {
            log.log(LogLevel.NOTICE, "Refused " + overQuota + " subscription(s) from " + c.clientId() + ": user '" + c.username()
                    + "' already holds " + held + " subscriptions, the most one user may hold.");
        }
        log.log(LogLevel.DEBUG, "Sending SUBACK to " + c.clientId());
        c.send(new SubAck(s.packetId(), codes, Properties.EMPTY));
        for (SubscriptionEntry e : sendRetained) {
            String match = TopicFilter.of(e.filter()).matchPart();
            for (Message m : retained.match(match)) {
                if (!c.access().authorizer().canRead(c.clientId(), c.username(), m.topic())) continue;
                Qos qos = Qos.of(Math.min(e.qos(), m.qos().value()));
                int[] ids = e.subscriptionId() == 0 ? new int[0] : new int[] {e.subscriptionId()};
                outbound.deliverRetained(c.session(), m, qos, ids); // all of them, however many: [MQTT-3.3.1-6] (3.1.1), [MQTT-3.3.1-9] (5.0)
            }
        }
    }
}
