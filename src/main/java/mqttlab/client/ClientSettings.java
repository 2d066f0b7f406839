package mqttlab.client;

import java.util.List;
import java.util.Objects;

/**
 * How one client connects, mosquitto_sub/pub style. {@code clientId} empty means "let the broker
 * assign one", which is what mosquitto 2.0's clients do by default. {@code sessionExpiry} is the
 * v5 session expiry interval in seconds, or -1 for none (mosquitto's default).
 */
public record ClientSettings(String host, int port, int version, String clientId, int keepAlive,
                             boolean cleanSession, long sessionExpiry, String username, String password,
                             Will will, List<UserProperty> connectProperties) {

    /** A will message: published by the broker if this client goes away without DISCONNECT. */
    public record Will(String topic, byte[] payload, int qos, boolean retain) {
        public Will {
            Objects.requireNonNull(topic, "topic");
            payload = payload == null ? new byte[0] : payload;
        }
    }

    /** A v5 user property, name and value. */
    public record UserProperty(String name, String value) { }

    public ClientSettings {
        Objects.requireNonNull(host, "host");
        clientId = clientId == null ? "" : clientId;
        connectProperties = connectProperties == null ? List.of() : List.copyOf(connectProperties);
        if (version != 3 && version != 5) throw new IllegalArgumentException("version must be 3 (3.1.1) or 5");
    }

    /** Defaults as mosquitto_sub: v3.1.1, keepalive 60, clean session, broker-assigned id. */
    public static ClientSettings defaults(String host, int port) {
        return new ClientSettings(host, port, 3, "", 60, true, -1, null, null, null, List.of());
    }

    public ClientSettings withClientId(String id) {
        return new ClientSettings(host, port, version, id, keepAlive, cleanSession, sessionExpiry, username, password, will, connectProperties);
    }

    public ClientSettings withServer(String h, int p) {
        return new ClientSettings(h, p, version, clientId, keepAlive, cleanSession, sessionExpiry, username, password, will, connectProperties);
    }

    public ClientSettings withAuth(String user, String pw) {
        return new ClientSettings(host, port, version, clientId, keepAlive, cleanSession, sessionExpiry, user, pw, will, connectProperties);
    }

    public String versionLabel() { return version == 5 ? "5" : "3.1.1"; }
}
