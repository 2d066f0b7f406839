package mqttlab.broker.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every session the broker holds, online or not, by client identifier, and how many are online
 * (counted as sessions attach and detach: a CONNECT asks, and must not walk every session to know).
 * Event loop thread only.
 */
public final class SessionStore {
    private final Map<String, Session> sessions = new HashMap<>();
    private int online;

    public Session get(String clientId) { return sessions.get(clientId); }

    public void put(Session s) {
        Session old = sessions.put(s.clientId(), s);
        if (old != null && old.online()) online--;
        if (s.online()) online++;
    }

    public Session remove(String clientId) {
        Session s = sessions.remove(clientId);
        if (s != null && s.online()) online--;
        return s;
    }

    /** The client's connection now carries this session (CONNECT accepted). */
    public void attach(Session s, mqttlab.broker.connection.Connection c) {
        java.util.Objects.requireNonNull(c, "c");
        if (!s.online() && sessions.get(s.clientId()) == s) online++;
        s.connection(c);
    }

    /** The session's connection is gone (closed, or taken over): the client is offline. */
    public void detach(Session s) {
        if (s.online() && sessions.get(s.clientId()) == s) online--;
        s.connection(null);
    }

    public Collection<Session> all() { return sessions.values(); }

    public List<Session> snapshot() { return new ArrayList<>(sessions.values()); }

    public int size() { return sessions.size(); }

    /** Sessions with a connection now. */
    public int online() { return online; }
}
