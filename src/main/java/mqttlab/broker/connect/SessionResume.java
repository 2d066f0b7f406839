package mqttlab.broker.connect;

import java.time.Instant;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.property.PropertyId;

/**
 * The second step of a CONNECT: which session the connection gets. A connection that holds the
 * client id already is closed [MQTT-3.1.4-2]; the session is resumed unless Clean Start asks for a
 * new one [MQTT-3.1.2-4], or another user made it; otherwise a new one starts.
 */
final class SessionResume {
    /** The session the connection now carries, and whether it was there before (CONNACK's Session Present). */
    record Resumed(Session session, boolean present) { }

    private final BrokerLog log;
    private final SessionStore sessions;
    private final SessionTakeover takeover;

    SessionResume(BrokerLog log, SessionStore sessions, SessionTakeover takeover) {
        this.log = log;
        this.sessions = sessions;
        this.takeover = takeover;
    }

    Resumed resume(Connection c, Connect connect, String clientId, Instant at) {
        takeover.closeExisting(clientId, c);
        Session session = sessions.get(clientId);
        if (session != null && !connect.cleanStart() && !java.util.Objects.equals(session.username(), c.username())) {
            // A session is resumed only by the account that made it: another user starts afresh and gets nothing of it.
            log.log(LogLevel.NOTICE, "Client " + clientId + ": the session was made by " + who(session.username())
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
            sessions.put(session);
        }
        session.renew(connect.version(), connect.cleanStart(), connect.version().isV5()
                ? connect.properties().number(PropertyId.SESSION_EXPIRY_INTERVAL).orElse(0)
                : (connect.cleanStart() ? 0 : Session.NEVER_EXPIRES), c.username(), c.access(), at);
        sessions.attach(session, c);
        return new Resumed(session, sessionPresent);
    }

    private static String who(String username) {
        return username == null ? "a client without a user name" : "user '" + username + "'";
    }
}
