package mqttlab.broker.connect;

import java.time.Duration;
import java.util.function.Supplier;
import io.netty.channel.EventLoop;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.flow.Backpressure;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.time.BrokerClock;
import mqttlab.broker.will.WillPublisher;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.PropertyId;

/**
 * DISCONNECT from a client, and what happens when any connection ends: the will (unless the
 * client said goodbye properly [MQTT-3.1.2-10]), and the session kept or dropped as its
 * clean flag / expiry interval says.
 */
public final class DisconnectHandler {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final SessionStore sessions;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final WillPublisher wills;
    private final SessionTakeover takeover;
    private final Backpressure backpressure;

    public DisconnectHandler(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, EventLoop loop,
                             BrokerClock clock, WillPublisher wills, SessionTakeover takeover,
                             Backpressure backpressure) {
        this.config = config;
        this.log = log;
        this.sessions = sessions;
        this.loop = loop;
        this.clock = clock;
        this.wills = wills;
        this.takeover = takeover;
        this.backpressure = backpressure;
    }

    public void handle(Connection c, Disconnect d) {
        log.log(LogLevel.DEBUG, "Received DISCONNECT from " + c.clientId());
        var expiry = d.properties().number(PropertyId.SESSION_EXPIRY_INTERVAL);
        if (expiry.isPresent()) {
            if (c.session().expiryInterval() == 0 && expiry.getAsLong() != 0) { // [MQTT-3.14.2-2]
                c.disconnectWith(ReasonCode.PROTOCOL_ERROR, "session expiry cannot be set at DISCONNECT when CONNECT had 0");
                return;
            }
            c.session().expireAfter(expiry.getAsLong());
        }
        c.saidGoodbye(d.reasonCode() == ReasonCode.DISCONNECT_WITH_WILL_MESSAGE.code()); // else [MQTT-3.14.4-3] discards the will
        c.close();
    }

    /** The network connection is gone, for whatever reason. */
    public void closed(Connection c) {
        c.ended();
        if (!c.isAccepted() || c.wasTakenOver()) return;
        if (config.get().connectionMessages()) {
            log.log(LogLevel.NOTICE, c.graceful() ? "Client " + c.clientId() + " disconnected."
                    : "Client " + c.clientId() + " closed its connection.");
        }
        Session s = c.session();
        if (s.connection() == c) {
            sessions.detach(s);
            backpressure.offline(s);
        }
        s.wentOffline(clock.instant());
        if (!c.graceful() || c.will() != null) wills.connectionLost(c, s.expiryInterval());
        if (s.endsWithConnection()) {
            takeover.discard(s);
        } else if (s.expiryInterval() != Session.NEVER_EXPIRES) {
            s.expiresWith(clock.schedule(loop, () -> {
                if (!s.online()) takeover.discard(s);
            }, Duration.ofSeconds(s.expiryInterval())));
        }
    }
}
