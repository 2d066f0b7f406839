package mqttlab.broker.connect;

import java.time.Instant;
import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/**
 * The third step of a CONNECT: the terms the connection runs on from now on. The limits the client
 * announced (Receive Maximum, Maximum Packet Size, Topic Alias Maximum), the keep alive (the
 * server's max_keepalive overrides a v5 client's, 3.2.2.3.14), and the will.
 */
final class ConnectionTerms {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final SessionStore sessions;
    private final Counters counters;
    private final BrokerClock clock;

    ConnectionTerms(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, Counters counters,
                    BrokerClock clock) {
        this.config = config;
        this.log = log;
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
    }

    /** Sets the terms on the connection and counts it; returns the Server Keep Alive to announce, or -1 for none. */
    int configure(Connection c, Connect connect, Session session, Instant at) {
        String clientId = c.clientId();
        int keepAlive = connect.keepAlive();
        int serverKeepAlive = -1;
        if (config.get().maxKeepalive() > 0 && connect.version().isV5()
                && (keepAlive == 0 || keepAlive > config.get().maxKeepalive())) {
            serverKeepAlive = config.get().maxKeepalive();
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
                session, at);
        counters.clientsTotal++;
        int online = sessions.online();
        if (online > counters.clientsMaximum) counters.clientsMaximum = online;

        if (config.get().connectionMessages()) {
            String user = c.username() == null ? "" : ", u'" + c.username() + "'";
            log.log(LogLevel.NOTICE, "New client connected from " + c.address() + " as " + clientId + " (p"
                    + protocolNumber(connect.version()) + ", c" + (connect.cleanStart() ? 1 : 0) + ", k" + connect.keepAlive() + user + ").");
        }
        logWill(c);
        return serverKeepAlive;
    }

    private void logWill(Connection c) {
        if (c.will() != null) {
            log.log(LogLevel.DEBUG, "Will message specified (" + c.will().payload().length + " bytes) (r"
                    + (c.will().retain() ? 1 : 0) + ", q" + c.will().qos().value() + ").");
            log.log(LogLevel.DEBUG, "\t" + c.will().topic());
        } else {
            log.log(LogLevel.DEBUG, "No will message specified.");
        }
    }

    private Message willMessage(Connection c, Will will) {
        Properties p = will.properties();
        long expiry = p.number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElse(-1);
        Properties forwarded = p.without(PropertyId.WILL_DELAY_INTERVAL).without(PropertyId.MESSAGE_EXPIRY_INTERVAL);
        return new Message(will.topic(), will.payload(), will.qos(), will.retain(), forwarded, expiry, clock.nanos(), c.clientId());
    }

    static int protocolNumber(mqttlab.protocol.packet.MqttVersion v) {
        return switch (v) { case V3_1 -> 1; case V3_1_1 -> 2; case V5 -> 5; };
    }
}
