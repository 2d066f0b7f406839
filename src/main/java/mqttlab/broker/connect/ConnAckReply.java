package mqttlab.broker.connect;

import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/** The last step of an accepted CONNECT: the CONNACK, with what a v5 client must know of the server (3.2.2.3). */
final class ConnAckReply {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;

    ConnAckReply(Supplier<BrokerConfig> config, BrokerLog log) {
        this.config = config;
        this.log = log;
    }

    /** {@code assignedId} is null unless the server made up the client id; {@code serverKeepAlive} -1 unless it overrides. */
    void send(Connection c, boolean sessionPresent, String assignedId, int serverKeepAlive) {
        log.log(LogLevel.DEBUG, "Sending CONNACK to " + c.clientId() + " (" + (sessionPresent ? 1 : 0) + ", 0)");
        c.send(new ConnAck(sessionPresent, 0, properties(c, assignedId, serverKeepAlive)));
    }

    private Properties properties(Connection c, String assignedId, int serverKeepAlive) {
        if (!c.version().isV5()) return Properties.EMPTY;
        Properties p = Properties.EMPTY;
        if (assignedId != null) p = p.plus(PropertyId.ASSIGNED_CLIENT_IDENTIFIER, assignedId);
        if (serverKeepAlive >= 0) p = p.plus(PropertyId.SERVER_KEEP_ALIVE, serverKeepAlive);
        if (config.get().receiveMaximum() < 65535) p = p.plus(PropertyId.RECEIVE_MAXIMUM, config.get().receiveMaximum());
        if (!config.get().retainAvailable()) p = p.plus(PropertyId.RETAIN_AVAILABLE, 0);
        // Always announced: without max_packet_size the lab still caps packets (BrokerConfig.DEFAULT_PACKET_CAP),
        // and "the Client MUST NOT send packets exceeding Maximum Packet Size to the Server" [MQTT-3.2.2-15].
        p = p.plus(PropertyId.MAXIMUM_PACKET_SIZE, config.get().effectiveMaxPacketSize());
        p = p.plus(PropertyId.TOPIC_ALIAS_MAXIMUM, Connection.TOPIC_ALIAS_MAXIMUM);
        return p;
    }
}
