package mqttlab.broker.fault;

import java.time.Duration;
import java.util.Objects;
import mqttlab.broker.tap.Direction;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;

/**
 * A fault to inject for teaching: for the client's packets of this type in this direction,
 * DROP the next {@code count}, DELAY them by {@code delay}, DUPLICATE them (send each twice, as a
 * network or a resending sender would: see {@link #repeated}), or CUT the connection after the next one.
 * {@code clientId} "*" means any client.
 */
public record Fault(Kind kind, String clientId, PacketType type, Direction direction, int count, Duration delay) {
    public enum Kind { DROP, DELAY, DUPLICATE, CUT }

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

    public static Fault duplicate(String clientId, PacketType type, Direction direction, int count) {
        return new Fault(Kind.DUPLICATE, clientId, type, direction, count, Duration.ZERO);
    }

    /**
     * The second copy a DUPLICATE fault sends: a re-delivery, so a PUBLISH at QoS 1 or 2 carries DUP=1
     * [MQTT-3.3.1-1]; at QoS 0 DUP must stay 0 [MQTT-3.3.1-2]. Every other packet goes again unchanged.
     * The broker and the relay both send this (one implementation of what a duplicate is).
     */
    public static Packet repeated(Packet packet) {
        return packet instanceof Publish p && p.qos() != Qos.AT_MOST_ONCE ? p.withDup(true) : packet;
    }

    public static Fault cutAfter(String clientId, PacketType type, Direction direction) {
        return new Fault(Kind.CUT, clientId, type, direction, 1, Duration.ZERO);
    }

    public boolean applies(String client, PacketType t, Direction d) {
        return type == t && direction == d && (clientId.equals("*") || clientId.equals(client));
    }
}
