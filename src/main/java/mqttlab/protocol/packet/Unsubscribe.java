package mqttlab.protocol.packet;

import java.util.List;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** UNSUBSCRIBE (type 10): at least one filter [MQTT-3.10.3-2]. */
public record Unsubscribe(int packetId, List<String> filters, Properties properties) implements Packet {
    public Unsubscribe {
        Packet.requirePacketId(packetId);
        filters = List.copyOf(filters);
        if (filters.isEmpty()) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.unsubscribe.empty"));
        Objects.requireNonNull(properties, "properties");
    }

    public Unsubscribe(int packetId, List<String> filters) {
        this(packetId, filters, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.UNSUBSCRIBE; }
}
