package mqttlab.broker.connect;

import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.SessionStore;
import mqttlab.protocol.codec.DisallowedCodePoints;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.topic.TopicName;

/**
 * The first step of a CONNECT: may this client connect at all? Its client id (assigned when empty
 * and allowed), its credentials, the classroom's admission, max_connections and its will. A client
 * that may not is refused here, with the CONNACK its version allows ({@link ConnectRefusal}).
 */
final class Admit {
    /** The client id the connection goes on with, and whether the server made it up (CONNACK then says it). */
    record Admitted(String clientId, boolean assigned) { }

    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final SessionStore sessions;
    private final Admission admission;
    private final ConnectRefusal refusal;

    Admit(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, Admission admission,
          ConnectRefusal refusal) {
        this.config = config;
        this.log = log;
        this.sessions = sessions;
        this.admission = admission;
        this.refusal = refusal;
    }

    /** The client as admitted, or null when it was refused (and the connection is closing). */
    Admitted admit(Connection c, Connect connect) {
        if (connect.version().isV5()) c.limitPacketsTo(connect.properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(Long.MAX_VALUE));
        String clientId = connect.clientId();
        boolean assigned = false;
        if (clientId.isEmpty()) {
            boolean allowed = config.get().allowZeroLengthClientId() && connect.version() != MqttVersion.V3_1
                    && (connect.version().isV5() || connect.cleanStart());
            if (!allowed) { // 3.1.1 [MQTT-3.1.3-8], 5.0 [MQTT-3.1.3-8] (0x85)
                refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "an empty client id needs clean session (3.1.1) "
                        + "and allow_zero_length_clientid true");
                return null;
            }
            clientId = admission.assign(connect.username());
            assigned = true;
        }
        String control = DisallowedCodePoints.describe(clientId);
        if (control != null) { // section 1.5.4's disallowed code points, refused as mosquitto does; 0x02 / 0x85 [MQTT-3.1.3-9]
            refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "the client id holds " + control);
            return null;
        }
        c.identified(clientId, connect.username(), connect.password());
        if (!authenticated(c, connect)) {
            log.log(LogLevel.NOTICE, "Client " + clientId + " disconnected, not authorised.");
            refusal.refuse(c, ConnectReturnCode.NOT_AUTHORIZED, "not authorised");
            return null;
        }
        Admission.Refusal refused = admission.check(clientId, c.username(), sessions);
        if (refused != null) {
            log.log(LogLevel.NOTICE, refused.log());
            refusal.refuse(c, refused.v3(), refused.v5(), refused.why());
            return null;
        }
        if (config.get().maxConnections() >= 0 && sessions.online() >= config.get().maxConnections()
                && !admission.privileged(c.username())) {
            refusal.refuse(c, ConnectReturnCode.SERVER_UNAVAILABLE, "max_connections (" + config.get().maxConnections() + ") reached");
            return null;
        }
        if (connect.will() != null && !willAllowed(c, connect.will())) return null;
        return new Admitted(clientId, assigned);

    }

    private boolean authenticated(Connection c, Connect connect) {
        return c.access().admit(connect.username(), connect.password());
    }

    private boolean willAllowed(Connection c, Will will) {
        var problem = TopicName.validate(will.topic());
        if (problem.isPresent()) { // [MQTT-3.1.3-11] a topic name: not empty, no wildcards; 3.1.1 closes [MQTT-3.1.4-1]
            log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected due to protocol error.");
            refusal.refuse(c, ReasonCode.PROTOCOL_ERROR, "will: " + problem.get().describe());
            return false;
        }
        String control = DisallowedCodePoints.describe(will.topic());
        if (control != null) { // section 1.5.4: a receiver MAY treat it as a Malformed Packet, as mosquitto does
            log.log(LogLevel.NOTICE, "Client " + c.clientId() + " disconnected due to malformed packet.");
            refusal.refuse(c, ReasonCode.MALFORMED_PACKET, "the will topic holds " + control);
            return false;
        }
        if (will.retain() && !config.get().retainAvailable()) { // 5.0 [MQTT-3.2.2-13]
            refusal.refuse(c, ReasonCode.RETAIN_NOT_SUPPORTED, "retain_available is false");
            return false;
        }
        if (!c.access().authorizer().canWrite(c.clientId(), c.username(), will.topic())) {
            refusal.refuse(c, ConnectReturnCode.NOT_AUTHORIZED, "the ACL does not allow writing the will topic");
            return false;
        }
        return true;
    }
}
