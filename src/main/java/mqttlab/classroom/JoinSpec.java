package mqttlab.classroom;

import java.util.Objects;

/**
 * How a student joins: {@code mqttlab --join HOST[:PORT] --user NAME} (or a URL: {@link ClassAddress}). The client id is the user's
 * by the classroom's rule and unguessable ({@code alice-lab-3f9c2a71}, one per run of the lab), so
 * the persistent session survives a reconnect and keeps what was sent meanwhile, and nobody else can
 * aim at it; {@code keepAliveSeconds} bounds how long a dead link goes unnoticed. {@code tls}: the link
 * is TLS ({@code mqtts://}), checked against {@code cafile} (PEM; null: the JVM's trusted roots).
 */
public record JoinSpec(String host, int port, String user, String password, String clientId,
                       int keepAliveSeconds, long sessionExpirySeconds, boolean tls, java.nio.file.Path cafile) {
    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_KEEP_ALIVE = 15;
    /** A class lasts a few hours; a session outlives a lunch break. */
    public static final long DEFAULT_SESSION_EXPIRY = 6 * 3600;

    public JoinSpec(String host, int port, String user, String password, String clientId, int keepAliveSeconds, long sessionExpirySeconds) {
        this(host, port, user, password, clientId, keepAliveSeconds, sessionExpirySeconds, false, null);
    }

    public JoinSpec {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientId, "clientId");
        if (port < 1 || port > 65535) throw new IllegalArgumentException(mqttlab.text.Text.t("class.address.port.range", port));
        if (keepAliveSeconds < 1 || keepAliveSeconds > 65535) throw new IllegalArgumentException(mqttlab.text.Text.t("class.join.keepalive.range", keepAliveSeconds));
    }

    /** {@code where}: anything {@link ClassAddress#parse} reads (its credentials are the caller's to use). */
    public static JoinSpec of(String where, String user, String password) {
        ClassAddress a = ClassAddress.parse(where);
        return new JoinSpec(a.host(), a.port(), user, password, mqttlab.broker.connect.ClientIds.owned(user, "lab"), DEFAULT_KEEP_ALIVE,
                DEFAULT_SESSION_EXPIRY, a.tls(), null);
    }

    public JoinSpec withKeepAlive(int seconds) {
        return new JoinSpec(host, port, user, password, clientId, seconds, sessionExpirySeconds, tls, cafile);
    }

    public JoinSpec withClientId(String id) {
        return new JoinSpec(host, port, user, password, id, keepAliveSeconds, sessionExpirySeconds, tls, cafile);
    }

    /** Trust the class broker's TLS certificate if this CA (PEM) signed it, as mosquitto_sub --cafile. */
    public JoinSpec withCafile(java.nio.file.Path file) {
        return new JoinSpec(host, port, user, password, clientId, keepAliveSeconds, sessionExpirySeconds, tls, file);
    }

    /** The broker's URL, without credentials: what the shell's relay forwards to. */
    public String url() {
        return (tls ? "mqtts://" : "tcp://") + address();
    }

    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() { // never the password
        return "JoinSpec[" + user + "@" + address() + ", clientId=" + clientId + "]";
    }
}
