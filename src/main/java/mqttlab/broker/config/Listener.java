package mqttlab.broker.config;

import java.util.Objects;

/**
 * One listener: a port, an optional bind address (null = all interfaces, as mosquitto's
 * {@code listener 1883}), and its protocol. With {@code per_listener_settings true} a listener
 * carries its own security settings; otherwise {@code security} is null and the global ones apply.
 */
public record Listener(int port, String bindAddress, Protocol protocol, Security security) {
    public enum Protocol { MQTT, WEBSOCKETS }

    public Listener {
        Objects.requireNonNull(protocol, "protocol");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535 (0 picks a free port)");
    }

    public Listener(int port, String bindAddress) {
        this(port, bindAddress, Protocol.MQTT, null);
    }
}
