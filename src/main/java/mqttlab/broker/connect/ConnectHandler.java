package mqttlab.broker.connect;

import java.time.Instant;
import mqttlab.broker.BrokerContext;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.session.Session;
import mqttlab.protocol.codec.DisallowedCodePoints;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.topic.TopicName;

/** CONNECT and CONNACK (3.1.1 section 3.1, 5.0 section 3.1): checks, session start or resume, takeover. */
public final class ConnectHandler {
    /** Topic aliases the server accepts from a v5 client. */
    public static final int TOPIC_ALIAS_MAXIMUM = 10;

    private final BrokerContext ctx;
    private final OutboundFlow outbound;
    private final SessionTakeover takeover;
    private final ConnectRefusal refusal;

    public ConnectHandler(BrokerContext ctx, OutboundFlow outbound, SessionTakeover takeover) {
        this.ctx = ctx;
        this.outbound = outbound;
        this.takeover = takeover;
        this.refusal = new ConnectRefusal(ctx);
    }

    public void handle(Connection c, Connect connect) {
        c.speaks(connect.version());
        String clientId = connect.clientId();
        boolean assigned = false;
        if (clientId.isEmpty()) {
            boolean allowed = ctx.config().allowZeroLengthClientId() && connect.version() != MqttVersion.V3_1
                    && (connect.version().isV5() || connect.cleanStart());
            if (!allowed) { // 3.1.1 [MQTT-3.1.3-8], 5.0 [MQTT-3.1.3-8] (0x85)
                refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "an empty client id needs clean session (3.1.1) "
                        + "and allow_zero_length_clientid true");
                return;
            }
            clientId = ctx.admission.assign(connect.username());
            assigned = true;
        }
        String control = DisallowedCodePoints.describe(clientId);
        if (control != null) { // section 1.5.4's disallowed code points, refused as mosquitto does; 0x02 / 0x85 [MQTT-3.1.3-9]
            refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "the client id holds " + control);
            return;
        }
        c.identified(clientId, connect.username(), connect.password());
        if (!authenticated(c, connect)) {
            ctx.log.log(LogLevel.NOTICE, "Client " + clientId + " disconnected, not authorised.");
            refusal.refuse(c, ConnectReturnCode.NOT_AUTHORIZED, "not authorised");
            return;
        }
        Admission.Refusal admission = ctx.admission.check(clientId, c.username(), ctx.sessions);
        if (admission != null) {
            ctx.log.log(LogLevel.NOTICE, admission.log());
            refusal.refuse(c, admission.v3(), admission.v5(), admission.log());
            return;
        }
        if (ctx.config().maxConnections() >= 0 && ctx.sessions.online() >= ctx.config().maxConnections()
                && !ctx.admission.privileged(c.username())) {
            refusal.refuse(c, ConnectReturnCode.SERVER_UNAVAILABLE, "max_connections (" + ctx.config().maxConnections() + ") reached");
            return;
        }
        if (connect.will() != null && !willAllowed(c, connect.will())) return;

        takeover.closeExisting(clientId, c);
        Session session = ctx.sessions.get(clientId);
        if (session != null && !connect.cleanStart() && !java.util.Objects.equals(session.username(), c.username())) {
            // A session is resumed only by the account that made it: another user starts afresh and gets nothing of it.
            ctx.log.log(LogLevel.NOTICE, "Client " + clientId + ": the session was made by " + who(session.username())
                    + ", not " + who(c.username()) + "; starting a new one.");
            takeover.discard(session);
            session = null;
        }
        boolean sessionPresent = session != null && !connect.cleanStart();
        if (session != null && connect.cleanStart()) {
            takeover.discard(session);
            session = null;
        }
        if (session == null) {
            session = new Session(clientId);
            ctx.sessions.put(session);
        }
        Instant now = ctx.clock.instant();
        session.renew(connect.version(), connect.cleanStart(), connect.version().isV5()
                ? connect.properties().number(PropertyId.SESSION_EXPIRY_INTERVAL).orElse(0)
                : (connect.cleanStart() ? 0 : Session.NEVER_EXPIRES), c.username(), c.access, now);
        ctx.sessions.attach(session, c);
        int keepAlive = connect.keepAlive();
        int serverKeepAlive = -1;
        if (ctx.config().maxKeepalive() > 0 && connect.version().isV5()
                && (keepAlive == 0 || keepAlive > ctx.config().maxKeepalive())) {
            serverKeepAlive = ctx.config().maxKeepalive();
            keepAlive = serverKeepAlive;
        }
        Properties asked = connect.properties();
        c.accepted(new Connection.Accepted(connect.cleanStart(),
                (int) asked.number(PropertyId.RECEIVE_MAXIMUM).orElse(65535),
                asked.number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(Long.MAX_VALUE),
                (int) asked.number(PropertyId.TOPIC_ALIAS_MAXIMUM).orElse(0),
                keepAlive,
                connect.will() == null ? null : willMessage(c, connect.will()),
                connect.will() == null ? 0 : connect.will().properties().number(PropertyId.WILL_DELAY_INTERVAL).orElse(0)),
                session, now);
        ctx.counters.clientsTotal++;
        int online = ctx.sessions.online();
        if (online > ctx.counters.clientsMaximum) ctx.counters.clientsMaximum = online;

        if (ctx.config().connectionMessages()) {
            String user = c.username() == null ? "" : ", u'" + c.username() + "'";
            ctx.log.log(LogLevel.NOTICE, "New client connected from " + c.address() + " as " + clientId + " (p"
                    + protocolNumber(connect.version()) + ", c" + (connect.cleanStart() ? 1 : 0) + ", k" + connect.keepAlive() + user + ").");
        }
        if (c.will() != null) {
            ctx.log.log(LogLevel.DEBUG, "Will message specified (" + c.will().payload().length + " bytes) (r"
                    + (c.will().retain() ? 1 : 0) + ", q" + c.will().qos().value() + ").");
            ctx.log.log(LogLevel.DEBUG, "\t" + c.will().topic());
        } else {
            ctx.log.log(LogLevel.DEBUG, "No will message specified.");
        }
        ctx.log.log(LogLevel.DEBUG, "Sending CONNACK to " + clientId + " (" + (sessionPresent ? 1 : 0) + ", 0)");
        c.send(new ConnAck(sessionPresent, 0, connackProperties(c, assigned ? clientId : null, serverKeepAlive)));
        outbound.resume(session);
    }

    private boolean authenticated(Connection c, Connect connect) {
        return c.access.admit(connect.username(), connect.password());
    }

    private boolean willAllowed(Connection c, Will will) {
        var problem = TopicName.validate(will.topic());
        if (problem.isPresent()) { // [MQTT-3.1.3-11] a topic name: not empty, no wildcards; 3.1.1 closes [MQTT-3.1.4-1]
            ctx.log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected due to protocol error.");
            refusal.refuse(c, ReasonCode.PROTOCOL_ERROR, "will: " + problem.get().describe());
            return false;
        }
        String control = DisallowedCodePoints.describe(will.topic());
        if (control != null) { // section 1.5.4: a receiver MAY treat it as a Malformed Packet, as mosquitto does
            ctx.log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected due to malformed packet.");
            refusal.refuse(c, ReasonCode.MALFORMED_PACKET, "the will topic holds " + control);
            return false;
        }
        if (will.retain() && !ctx.config().retainAvailable()) { // 5.0 [MQTT-3.2.2-13]
            refusal.refuse(c, ReasonCode.RETAIN_NOT_SUPPORTED, "retain_available is false");
            return false;
        }
        if (!c.access.authorizer().canWrite(c.clientId(), c.username(), will.topic())) {
            refusal.refuse(c, ConnectReturnCode.NOT_AUTHORIZED, "the ACL does not allow writing the will topic");
            return false;
        }
        return true;
    }

    private Message willMessage(Connection c, Will will) {
        Properties p = will.properties();
        long expiry = p.number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElse(-1);
        Properties forwarded = p.without(PropertyId.WILL_DELAY_INTERVAL).without(PropertyId.MESSAGE_EXPIRY_INTERVAL);
        return new Message(will.topic(), will.payload(), will.qos(), will.retain(), forwarded, expiry, System.nanoTime(), c.clientId());
    }

    private Properties connackProperties(Connection c, String assignedId, int serverKeepAlive) {
        if (!c.version().isV5()) return Properties.EMPTY;
        Properties p = Properties.EMPTY;
        if (assignedId != null) p = p.plus(PropertyId.ASSIGNED_CLIENT_IDENTIFIER, assignedId);
        if (serverKeepAlive >= 0) p = p.plus(PropertyId.SERVER_KEEP_ALIVE, serverKeepAlive);
        if (receiveMaximum(ctx.config()) < 65535) p = p.plus(PropertyId.RECEIVE_MAXIMUM, receiveMaximum(ctx.config()));
        if (!ctx.config().retainAvailable()) p = p.plus(PropertyId.RETAIN_AVAILABLE, 0);
        // Always announced: without max_packet_size the lab still caps packets (BrokerConfig.DEFAULT_PACKET_CAP),
        // and "the Client MUST NOT send packets exceeding Maximum Packet Size to the Server" [MQTT-3.2.2-15].
        p = p.plus(PropertyId.MAXIMUM_PACKET_SIZE, ctx.config().effectiveMaxPacketSize());
        p = p.plus(PropertyId.TOPIC_ALIAS_MAXIMUM, TOPIC_ALIAS_MAXIMUM);
        return p;
    }

    private static String who(String username) {
        return username == null ? "a client without a user name" : "user '" + username + "'";
    }

    /**
     * The server's Receive Maximum (5.0 3.2.2.3.3): max_inflight_messages, as mosquitto announces it
     * (20 by default; 0 means no limit, which the property's absence says: 65,535).
     */
    public static int receiveMaximum(mqttlab.broker.config.BrokerConfig config) {
        int m = config.maxInflightMessages();
        return m > 0 && m < 65535 ? m : 65535;
    }

    static int protocolNumber(MqttVersion v) {
        return switch (v) { case V3_1 -> 1; case V3_1_1 -> 2; case V5 -> 5; };
    }
}
