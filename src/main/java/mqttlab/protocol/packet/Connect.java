package mqttlab.protocol.packet;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import mqttlab.protocol.property.Properties;

/** CONNECT (type 1): the first packet a client sends. {@code will}, {@code username} and {@code password} may be null. */
public record Connect(MqttVersion version, String clientId, boolean cleanStart, int keepAlive,
                      Will will, String username, byte[] password, Properties properties) implements Packet {
    public Connect {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(properties, "properties");
        if (keepAlive < 0 || keepAlive > 65535) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.keepalive"));
    }

    public Connect(MqttVersion version, String clientId, boolean cleanStart, int keepAlive) {
        this(version, clientId, cleanStart, keepAlive, null, null, null, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.CONNECT; }

    public Optional<Will> willMessage() { return Optional.ofNullable(will); }

    public Optional<String> user() { return Optional.ofNullable(username); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connect c && version == c.version && clientId.equals(c.clientId) && cleanStart == c.cleanStart
                && keepAlive == c.keepAlive && Objects.equals(will, c.will) && Objects.equals(username, c.username)
                && Arrays.equals(password, c.password) && properties.equals(c.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, clientId, cleanStart, keepAlive, will, username, Arrays.hashCode(password), properties);
    }

    @Override
    public String toString() {
        return "Connect[version=" + version.label() + ", clientId=" + clientId + ", cleanStart=" + cleanStart
                + ", keepAlive=" + keepAlive + ", will=" + will + ", username=" + username
                + ", password=" + (password == null ? "none" : password.length + " bytes") + ", properties=" + properties.list() + "]";
    }
}
