package mqttlab.protocol.packet;

import java.util.List;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** UNSUBACK (type 11). 3.1.1 carries only the packet id (empty reason codes); v5 one reason code per filter. */
public record UnsubAck(int packetId, List<Integer> reasonCodes, Properties properties) implements Packet {
    public UnsubAck {
        Packet.requirePacketId(packetId);
        reasonCodes = List.copyOf(reasonCodes);
        Objects.requireNonNull(properties, "properties");
    }

    public UnsubAck(int packetId) {
        this(packetId, List.of(), Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.UNSUBACK; }
}
