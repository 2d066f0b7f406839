package mqttlab.broker.connect;

import java.time.Instant;
import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.Connect;

/**
 * CONNECT and CONNACK (3.1.1 section 3.1, 5.0 section 3.1), in four steps, each its own class:
 * admit the client, resume or start its session, set the connection's terms, answer with CONNACK.
 * Then what the session kept while the client was away goes out.
 */
public final class ConnectHandler {
    private final BrokerClock clock;
    private final OutboundFlow outbound;
    private final Admit admit;
    private final SessionResume sessions;
    private final ConnectionTerms terms;
    private final ConnAckReply connack;

    public ConnectHandler(Supplier<BrokerConfig> config, BrokerLog log, SessionStore sessions, Counters counters, BrokerClock clock,
                          Admission admission, OutboundFlow outbound, SessionTakeover takeover) {
        this.clock = clock;
        this.outbound = outbound;
        this.admit = new Admit(config, log, sessions, admission, new ConnectRefusal(config, log));
        this.sessions = new SessionResume(log, sessions, takeover);
        this.terms = new ConnectionTerms(config, log, sessions, counters, clock);
        this.connack = new ConnAckReply(config, log);
    }

    public void handle(Connection c, Connect connect) {
        c.speaks(connect.version());
        Admit.Admitted admitted = admit.admit(c, connect);
        if (admitted == null) return;
        Instant now = clock.instant();
        SessionResume.Resumed resumed = sessions.resume(c, connect, admitted.clientId(), now);
        int serverKeepAlive = terms.configure(c, connect, resumed.session(), now);
        connack.send(c, resumed.present(), admitted.assigned() ? admitted.clientId() : null, serverKeepAlive);
        outbound.resume(resumed.session());
    }
}
