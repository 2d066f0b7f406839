package mqttlab.broker.connect;

import mqttlab.broker.BrokerContext;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.LogLevel;
import mqttlab.protocol.codec.DisallowedCodePoints;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.topic.TopicName;

/**
 * The first step of a CONNECT: may this client connect at all? Its client id (assigned when empty
 * and allowed), its credentials, the classroom's admission, max_connections and its will. A client
 * that may not is refused here, with the CONNACK its version allows ({@link ConnectRefusal}).
 */
final class Admit {
    /** The client id the connection goes on with, and whether the server made it up (CONNACK then says it). */
    record Admitted(String clientId, boolean assigned) { }

    private final BrokerContext ctx;
    private final ConnectRefusal refusal;

    Admit(BrokerContext ctx, ConnectRefusal refusal) {
        this.ctx = ctx;
        this.refusal = refusal;
    }

    /** The client as admitted, or null when it was refused (and the connection is closing). */
    Admitted admit(Connection c, Connect connect) {
        String clientId = connect.clientId();
        boolean assigned = false;
        if (clientId.isEmpty()) {
            boolean allowed = ctx.config().allowZeroLengthClientId() && connect.version() != MqttVersion.V3_1
                    && (connect.version().isV5() || connect.cleanStart());
            if (!allowed) { // 3.1.1 [MQTT-3.1.3-8], 5.0 [MQTT-3.1.3-8] (0x85)
                refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "an empty client id needs clean session (3.1.1) "
                        + "and allow_zero_length_clientid true");
                return null;
            }
            clientId = ctx.admission.assign(connect.username());
            assigned = true;
        }
        String control = DisallowedCodePoints.describe(clientId);
        if (control != null) { // section 1.5.4's disallowed code points, refused as mosquitto does; 0x02 / 0x85 [MQTT-3.1.3-9]
            refusal.refuse(c, ConnectReturnCode.IDENTIFIER_REJECTED, "the client id holds " + control);
            return null;
        }
        c.identified(clientId, connect.username(), connect.password());
        if (!authenticated(c, connect)) {
            ctx.log.log(LogLevel.NOTICE, "Client " + clientId + " disconnected, not authorised.");
            refusal.refuse(c, ConnectReturnCode.NOT_AUTHORIZED, "not authorised");
            return null;
        }
        Admission.Refusal admission = ctx.admission.check(clientId, c.username(), ctx.sessions);
        if (admission != null) {
            ctx.log.log(LogLevel.NOTICE, admission.log());
            refusal.refuse(c, admission.v3(), admission.v5(), admission.why());
            return null;
        }
        if (ctx.config().maxConnections() >= 0 && ctx.sessions.online() >= ctx.config().maxConnections()
                && !ctx.admission.privileged(c.username())) {
            refusal.refuse(c, ConnectReturnCode.SERVER_UNAVAILABLE, "max_connections (" + ctx.config().maxConnections() + ") reached");
            return null;
        }
        if (connect.will() != null && !willAllowed(c, connect.will())) return null;
        return new Admitted(clientId, assigned);

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
}
