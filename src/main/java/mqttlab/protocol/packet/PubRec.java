package mqttlab.protocol.packet;

import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** PUBREC (type 5). The reason code and properties are v5 only; 3.1.1 leaves them at 0 and empty. */
public record PubRec(int packetId, int reasonCode, Properties properties) implements Packet {
    public PubRec {
        Packet.requirePacketId(packetId);
        Objects.requireNonNull(properties, "properties");
        if (reasonCode < 0 || reasonCode > 255) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.reason.byte"));
    }

    public PubRec(int packetId) {
        this(packetId, 0, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.PUBREC; }
}
