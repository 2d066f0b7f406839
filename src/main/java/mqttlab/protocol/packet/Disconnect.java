package mqttlab.protocol.packet;

import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** DISCONNECT (type 14). The reason code and properties are v5 only (0 = normal disconnection). */
public record Disconnect(int reasonCode, Properties properties) implements Packet {
    public Disconnect {
        Objects.requireNonNull(properties, "properties");
        if (reasonCode < 0 || reasonCode > 255) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.reason.byte"));
    }

    public Disconnect() {
        this(0, Properties.EMPTY);
    }

    public Disconnect(ReasonCode reason) {
        this(reason.code(), Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.DISCONNECT; }
}
