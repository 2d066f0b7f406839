package mqttlab.protocol.packet;

import java.util.List;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** SUBSCRIBE (type 8): at least one filter [MQTT-3.8.3-3]. */
public record Subscribe(int packetId, List<Subscription> subscriptions, Properties properties) implements Packet {
    public Subscribe {
        Packet.requirePacketId(packetId);
        subscriptions = List.copyOf(subscriptions);
        if (subscriptions.isEmpty()) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.subscribe.empty"));
        Objects.requireNonNull(properties, "properties");
    }

    public Subscribe(int packetId, List<Subscription> subscriptions) {
        this(packetId, subscriptions, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.SUBSCRIBE; }
}
