package mqttlab.protocol.packet;

import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** CONNACK (type 2). {@code reasonCode} is the 3.1.1 return code (0–5) or the v5 reason code. */
public record ConnAck(boolean sessionPresent, int reasonCode, Properties properties) implements Packet {
    public ConnAck {
        Objects.requireNonNull(properties, "properties");
        if (reasonCode < 0 || reasonCode > 255) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.reason.byte"));
    }

    public ConnAck(boolean sessionPresent, int reasonCode) {
        this(sessionPresent, reasonCode, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.CONNACK; }
}
