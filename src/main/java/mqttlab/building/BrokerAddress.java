package mqttlab.building;

import java.util.Objects;
import java.util.Optional;

/** Where the building's clients connect: host, port and, for a broker that wants them, credentials. */
public record BrokerAddress(String host, int port, Optional<String> username, Optional<String> password) {

    public BrokerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        if (password.isPresent() && username.isEmpty())
            throw new IllegalArgumentException("a password needs a username [MQTT-3.1.2-22]");
    }

    public static BrokerAddress of(String host, int port) {
        return new BrokerAddress(host, port, Optional.empty(), Optional.empty());
    }

    public BrokerAddress withCredentials(String user, String pass) {
        return new BrokerAddress(host, port, Optional.of(user), Optional.ofNullable(pass));
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
