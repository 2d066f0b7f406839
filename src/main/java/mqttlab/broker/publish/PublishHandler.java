package mqttlab.broker.publish;

import java.util.function.Function;
import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.retain.RetainedLimit;
import mqttlab.broker.retain.RetainedOwners;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/**
 * PUBLISH from a client (3.1.1 section 3.3, 5.0 section 3.3) and its acknowledgements: QoS 0
 * routed, QoS 1 routed then PUBACK, QoS 2 stored with PUBREC and routed on PUBREL (as mosquitto
 * does: method B of MQTT 5.0 4.3.3). Topic aliases, retain, size limit and ACL are checked here.
 */
public final class PublishHandler {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final Counters counters;
    private final BrokerClock clock;
    private final Router router;
    private final TopicAliases aliases = new TopicAliases();

    private final Function<String, RetainedLimit> retainedLimits;
    private final RetainedOwners<Message> owners;

    public PublishHandler(Supplier<BrokerConfig> config, BrokerLog log, Counters counters, BrokerClock clock,
                          Router router) {
        this(config, log, counters, clock, router, user -> null, null);
    }

    /**
     * {@code retainedLimits} says how much an account may retain (the classroom's admission policy; null: no
     * limit), {@code owners} counts what each holds.
     */
    public PublishHandler(Supplier<BrokerConfig> config, BrokerLog log, Counters counters, BrokerClock clock,
                          Router router, Function<String, RetainedLimit> retainedLimits, RetainedOwners<Message> owners) {
        this.config = config;
        this.log = log;
        this.counters = counters;
        this.clock = clock;
        this.router = router;
        this.retainedLimits = retainedLimits;
        this.owners = owners;
    }

    public void handle(Connection c, Publish p) {
        String topic = aliases.resolve(c, p);
        if (topic == null) return; // the connection was closed for a bad alias
        if (p.qos() == Qos.EXACTLY_ONCE && c.version().isV5() && !c.session().awaitingPubRel().containsKey(p.packetId())
                && c.session().awaitingPubRel().size() >= config.get().receiveMaximum()) {
            // 5.0 3.3.4: more unacknowledged QoS 2 PUBLISH than the Receive Maximum the CONNACK announced
            // [MQTT-3.3.4-7]; the server answers DISCONNECT 0x93. (QoS 1 is acknowledged at once, so only
            // QoS 2 messages waiting for PUBREL can pile up.)
            log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected: more than "
                    + config.get().receiveMaximum() + " QoS 2 messages in flight (Receive Maximum exceeded).");
            c.disconnectWith(ReasonCode.RECEIVE_MAXIMUM_EXCEEDED, "more than " + config.get().receiveMaximum()
                    + " QoS 2 PUBLISH packets wait for PUBREL");
            return;
        }
        counters.publishReceived++;
        boolean debug = log.isEnabled(LogLevel.DEBUG);
        String flags = debug ? describe(p, topic) : null;
        if (p.retain() && !config.get().retainAvailable()) { // MQTT 5.0 [MQTT-3.3.1-11]
            if (debug) log.log(LogLevel.DEBUG, "Received PUBLISH from " + c.clientId() + flags);
            c.disconnectWith(ReasonCode.RETAIN_NOT_SUPPORTED, "retain is not available on this broker");
            return;
        }
        int reason = 0;
        if (config.get().messageSizeLimit() > 0 && p.payload().length > config.get().messageSizeLimit()) {
            if (debug) log.log(LogLevel.DEBUG, "Dropped too large PUBLISH from " + c.clientId() + flags);
            log.log(LogLevel.NOTICE, "Refused PUBLISH from " + c.clientId() + ": its payload is " + p.payload().length
                    + " bytes, over message_size_limit (" + config.get().messageSizeLimit() + ").");
            if (!c.version().isV5()) {
                // 3.1.1 cannot refuse a PUBLISH: the server "MUST either make a positive acknowledgement
                // ... or close the Network Connection" [MQTT-3.3.5-2]. An acknowledgement would claim a
                // message the broker throws away (mosquitto does that); the lab closes.
                log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected due to oversize message.");
                c.close();
                return;
            }
            // 5.0: the acknowledgement says why. 0x95 Packet too large is not a PUBACK/PUBREC reason code
            // (5.0 sections 3.4.2.1, 3.5.2.1); 0x83 Implementation specific error is, and it is mosquitto's.
            reason = ReasonCode.IMPLEMENTATION_SPECIFIC_ERROR.code();
        } else if (serverOwned(topic)) {
            // "$" topics are the server's [MQTT-4.7.2]: as mosquitto keeps clients out of $SYS, the lab keeps them out of
            // $SYS and of its own read-only $lab (the projector page's trace, building and scoreboard)
            reason = ReasonCode.NOT_AUTHORIZED.code();
            if (debug) log.log(LogLevel.DEBUG, "Denied PUBLISH from " + c.clientId() + flags);
        } else if (!c.access().authorizer().canWrite(c.clientId(), c.username(), topic)) {
            reason = ReasonCode.NOT_AUTHORIZED.code();
            if (debug) log.log(LogLevel.DEBUG, "Denied PUBLISH from " + c.clientId() + flags);
        } else if (debug) {
            log.log(LogLevel.DEBUG, "Received PUBLISH from " + c.clientId() + flags);
        }
        Message m = reason == 0 ? toMessage(c, p, topic) : null;
        if (m != null && p.retain() && p.payload().length > 0 && !withinRetainedLimit(c, m)) {
            if (!c.version().isV5() || p.qos() == Qos.AT_MOST_ONCE) {
                // 3.1.1 cannot refuse a PUBLISH, only close [MQTT-3.3.5-2]; 5.0 refuses a QoS 0 one with DISCONNECT
                // 0x97 Quota exceeded (3.14.2.1), as mosquitto's memory_limit drops the message and the client
                if (c.version().isV5()) c.disconnectWith(ReasonCode.QUOTA_EXCEEDED, "over this account's retained messages quota");
                else c.close();
                return;
            }
            m = null;
            reason = ReasonCode.QUOTA_EXCEEDED.code();   // a PUBACK/PUBREC reason code (3.4.2.1, 3.5.2.1): not accepted
        }
        int ackCode = c.version().isV5() ? reason : 0; // 3.1.1 has no way to refuse: ack as if delivered
        switch (p.qos()) {
            case AT_MOST_ONCE -> {
                if (m != null) router.publish(m);
            }
            case AT_LEAST_ONCE -> {
                if (m != null) router.publish(m);
                if (debug) log.log(LogLevel.DEBUG, "Sending PUBACK to " + c.clientId() + " (m" + p.packetId() + ", rc" + ackCode + ")");
                c.send(new PubAck(p.packetId(), ackCode, Properties.EMPTY));
            }
            case EXACTLY_ONCE -> {
                // A repeated PUBLISH (DUP=1) with an id still awaiting PUBREL is not delivered twice [MQTT-4.3.3-10].
                if (!c.session().awaitingPubRel().containsKey(p.packetId())) c.session().awaitingPubRel().put(p.packetId(), m);
                if (debug) log.log(LogLevel.DEBUG, "Sending PUBREC to " + c.clientId() + " (m" + p.packetId() + ", rc" + ackCode + ")");
                c.send(new PubRec(p.packetId(), ackCode, Properties.EMPTY));
            }
        }
    }

    /**
     * True when the account may retain {@code m} within its limit; over it, the refusal is
     * logged, naming the account and what it holds.
     */
    private boolean withinRetainedLimit(Connection c, Message m) {
        RetainedLimit limit = owners == null || c.username() == null ? null : retainedLimits.apply(c.username());
        if (limit == null || owners.admit(c.username(), m.topic(), m, limit)) return true;
        log.log(LogLevel.NOTICE, "Refused retained PUBLISH from " + c.clientId() + " on " + m.topic() + ": user '" + c.username()
                + "' already keeps " + owners.held(c.username()) + " retained message(s), the most one user may keep is "
                + limit.messages() + " (" + limit.bytes() + " bytes).");
        return false;
    }

    /** Topics only the broker itself publishes on. */
    static boolean serverOwned(String topic) {
        return topic.equals("$SYS") || topic.startsWith("$SYS/") || topic.equals("$lab") || topic.startsWith("$lab/");
    }

    public void onPubRel(Connection c, PubRel rel) {
        boolean debug = log.isEnabled(LogLevel.DEBUG);
        if (debug) log.log(LogLevel.DEBUG, "Received PUBREL from " + c.clientId() + " (Mid: " + rel.packetId() + ")");
        boolean known = c.session().awaitingPubRel().containsKey(rel.packetId());
        Message m = c.session().awaitingPubRel().remove(rel.packetId());
        if (m != null) router.publish(m);
        int code = !known && c.version().isV5() ? ReasonCode.PACKET_IDENTIFIER_NOT_FOUND.code() : 0;
        if (debug) log.log(LogLevel.DEBUG, "Sending PUBCOMP to " + c.clientId() + " (m" + rel.packetId() + ")");
        c.send(new PubComp(rel.packetId(), code, Properties.EMPTY));
    }

    private Message toMessage(Connection c, Publish p, String topic) {
        Properties props = p.properties();
        long expiry = -1;
        if (!props.isEmpty()) {
            expiry = props.number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElse(-1);
            props = props.without(PropertyId.TOPIC_ALIAS).without(PropertyId.MESSAGE_EXPIRY_INTERVAL)
                    .without(PropertyId.SUBSCRIPTION_IDENTIFIER);
        }
        return new Message(topic, p.payload(), p.qos(), p.retain(), props, expiry, clock.nanos(), c.clientId());
    }

    static String describe(Publish p, String topic) {
        return " (d" + (p.dup() ? 1 : 0) + ", q" + p.qos().value() + ", r" + (p.retain() ? 1 : 0) + ", m" + p.packetId()
                + ", '" + topic + "', ... (" + p.payload().length + " bytes))";
    }
}
