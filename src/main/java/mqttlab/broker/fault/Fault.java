package mqttlab.broker.fault;

import java.time.Duration;
import java.util.Objects;
import mqttlab.broker.tap.Direction;
import mqttlab.protocol.packet.PacketType;

/**
 * A fault to inject for teaching: for the client's packets of this type in this direction,
 * DROP the next {@code count}, DELAY them by {@code delay}, or CUT the connection after the next one.
 * {@code clientId} "*" means any client.
 */
public record Fault(Kind kind, String clientId, PacketType type, Direction direction, int count, Duration delay) {
    public enum Kind { DROP, DELAY, CUT }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1");
        if (delay == null) delay = Duration.ZERO;
    }

    public static Fault drop(String clientId, PacketType type, Direction direction, int count) {
        return new Fault(Kind.DROP, clientId, type, direction, count, Duration.ZERO);
    }

    public static Fault delay(String clientId, PacketType type, Direction direction, int count, Duration delay) {
        return new Fault(Kind.DELAY, clientId, type, direction, count, delay);
    }

    public static Fault cutAfter(String clientId, PacketType type, Direction direction) {
        return new Fault(Kind.CUT, clientId, type, direction, 1, Duration.ZERO);
    }

    public boolean applies(String client, PacketType t, Direction d) {
        return type == t && direction == d && (clientId.equals("*") || clientId.equals(client));
    }
}
