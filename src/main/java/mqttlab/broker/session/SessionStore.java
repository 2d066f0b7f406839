package mqttlab.broker.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every session the broker holds, online or not, by client identifier. Event loop thread only. */
public final class SessionStore {
    private final Map<String, Session> sessions = new HashMap<>();

    public Session get(String clientId) { return sessions.get(clientId); }

    public void put(Session s) { sessions.put(s.clientId, s); }

    public Session remove(String clientId) { return sessions.remove(clientId); }

    public Collection<Session> all() { return sessions.values(); }

    public List<Session> snapshot() { return new ArrayList<>(sessions.values()); }

    public int size() { return sessions.size(); }

    public int online() {
        int n = 0;
        for (Session s : sessions.values()) if (s.online()) n++;
        return n;
    }
}
