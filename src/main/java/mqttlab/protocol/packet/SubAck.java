package mqttlab.protocol.packet;

import java.util.List;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** SUBACK (type 9): one return code per filter, in order: the granted QoS, or 0x80 (v5: a reason code). */
public record SubAck(int packetId, List<Integer> reasonCodes, Properties properties) implements Packet {
    public SubAck {
        Packet.requirePacketId(packetId);
        reasonCodes = List.copyOf(reasonCodes);
        Objects.requireNonNull(properties, "properties");
    }

    public SubAck(int packetId, List<Integer> reasonCodes) {
        this(packetId, reasonCodes, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.SUBACK; }
}
