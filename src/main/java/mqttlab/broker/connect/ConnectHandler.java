package mqttlab.broker.connect;

import java.time.Instant;
import mqttlab.broker.BrokerContext;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.protocol.packet.Connect;

/**
 * CONNECT and CONNACK (3.1.1 section 3.1, 5.0 section 3.1), in four steps, each its own class:
 * admit the client, resume or start its session, set the connection's terms, answer with CONNACK.
 * Then what the session kept while the client was away goes out.
 */
public final class ConnectHandler {
    private final BrokerContext ctx;
    private final OutboundFlow outbound;
    private final Admit admit;
    private final SessionResume sessions;
    private final ConnectionTerms terms;
    private final ConnAckReply connack;

    public ConnectHandler(BrokerContext ctx, OutboundFlow outbound, SessionTakeover takeover) {
        this.ctx = ctx;
        this.outbound = outbound;
        this.admit = new Admit(ctx, new ConnectRefusal(ctx));
        this.sessions = new SessionResume(ctx, takeover);
        this.terms = new ConnectionTerms(ctx);
        this.connack = new ConnAckReply(ctx);
    }

    public void handle(Connection c, Connect connect) {
        c.speaks(connect.version());
        Admit.Admitted admitted = admit.admit(c, connect);
        if (admitted == null) return;
        Instant now = ctx.clock.instant();
        SessionResume.Resumed resumed = sessions.resume(c, connect, admitted.clientId(), now);
        int serverKeepAlive = terms.configure(c, connect, resumed.session(), now);
        connack.send(c, resumed.present(), admitted.assigned() ? admitted.clientId() : null, serverKeepAlive);
        outbound.resume(resumed.session());
    }
}
