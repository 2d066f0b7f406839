package mqttlab.broker.auth;

import java.util.Objects;

/**
 * What one listener enforces now: its {@link ListenerSecurity}, replaced as a whole when the
 * configuration is reloaded (SIGHUP), so that every check after the reload reads the new password
 * file and ACL, for connections made before it too (as mosquitto's {@code mosquitto_security_apply}).
 * Read from the event loop, replaced from it.
 */
public final class ListenerAccess {
    private volatile ListenerSecurity current;

    public ListenerAccess(ListenerSecurity initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public ListenerSecurity current() { return current; }

    /** From now on, checks read {@code next}. */
    public void replace(ListenerSecurity next) { current = Objects.requireNonNull(next, "next"); }

    /** CONNECT: may this user name and password connect, under the security in force now? */
    public boolean admit(String username, byte[] password) { return current.admit(username, password); }

    /** Topic access under the ACL in force now. */
    public Authorizer authorizer() { return current.authorizer(); }
}
