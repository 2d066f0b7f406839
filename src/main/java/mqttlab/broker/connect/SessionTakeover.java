package mqttlab.broker.connect;

import mqttlab.broker.connection.Connection;
import mqttlab.broker.flow.Backpressure;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.broker.will.WillPublisher;
import mqttlab.protocol.packet.ReasonCode;

/** A second CONNECT with a client id already connected closes the first [MQTT-3.1.4-2]; clean start discards a session. */
public final class SessionTakeover {
    private final BrokerLog log;
    private final SessionStore sessions;
    private final SubscriptionTree subscriptions;
    private final WillPublisher wills;
    private final Backpressure backpressure;

    public SessionTakeover(BrokerLog log, SessionStore sessions, SubscriptionTree subscriptions, WillPublisher wills,
                           Backpressure backpressure) {
        this.log = log;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.wills = wills;
        this.backpressure = backpressure;
    }

    /**
     * Closes the connection that holds {@code clientId}, if any, because {@code by} connected with it.
     * A v5 client is told who took over in the DISCONNECT's reason string, so a lab can say so
     * instead of blaming its own user.
     */
    public void closeExisting(String clientId, Connection by) {
        wills.cancelDelayed(clientId); // a new connection ends a pending will delay (MQTT 5.0 3.1.3.2.2)
        Session s = sessions.get(clientId);
        if (s == null || s.connection() == null) return;
        Connection old = s.connection();
        backpressure.offline(s);
        log.log(LogLevel.ERROR, "Client " + clientId + " already connected, closing old connection.");
        old.takenOver();
        sessions.detach(s);
        if (old.will() != null) wills.publishNow(old); // the old connection did not end with DISCONNECT
        old.disconnectWith(ReasonCode.SESSION_TAKEN_OVER, takenOverBy(by));
    }

    /** The reason string of a takeover DISCONNECT: {@code taken over by user 'alice' from 10.0.0.7:50123}. */
    public static String takenOverBy(Connection by) {
        String user = by.username() == null ? "a client without a user name" : "user '" + by.username() + "'";
        return "taken over by " + user + " from " + by.address();
    }

    /** Removes a session and its subscriptions. */
    public void discard(Session s) {
        s.cancelExpiry();
        backpressure.offline(s);
        subscriptions.removeClient(s.clientId());
        sessions.remove(s.clientId());
        s.inflight().clear();
        s.queue().clear();
    }
}
