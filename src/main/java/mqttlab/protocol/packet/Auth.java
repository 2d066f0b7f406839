package mqttlab.protocol.packet;

import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** AUTH (type 15, v5 only): extended authentication exchange. */
public record Auth(int reasonCode, Properties properties) implements Packet {
    public Auth {
        Objects.requireNonNull(properties, "properties");
        if (reasonCode < 0 || reasonCode > 255) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.reason.byte"));
    }

    @Override
    public PacketType type() { return PacketType.AUTH; }
}
