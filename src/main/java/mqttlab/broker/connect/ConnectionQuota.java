package mqttlab.broker.connect;

import java.util.Objects;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;

/**
 * How many network connections one account may hold at once (the classroom's
 * {@code --max-connections-per-user}): one student opening 200 clients must not use up the
 * broker's {@code max_connections} and lock the class out. A CONNECT that takes over one of the
 * user's own client ids replaces a connection, so it is not counted twice.
 */
public record ConnectionQuota(int perUser) {
    /** What a classroom allows unless told otherwise: a shell, a few sessions, programs and tools. */
    public static final int CLASSROOM_DEFAULT = 20;

    public ConnectionQuota {
        if (perUser < 1) throw new IllegalArgumentException("a per-user connection limit is at least 1, not " + perUser);
    }

    /** True when {@code username} already holds {@link #perUser} connections, not counting {@code clientId}'s. */
    public boolean full(SessionStore sessions, String username, String clientId) {
        return open(sessions, username, clientId) >= perUser;
    }

    /** The connections {@code username} holds now, except the one with {@code replacing} as client id. */
    public static int open(SessionStore sessions, String username, String replacing) {
        int n = 0;
        for (Session s : sessions.all()) {
            if (s.connection() != null && Objects.equals(s.connection().username(), username) && !s.clientId().equals(replacing)) n++;
        }
        return n;
    }
}
