package mqttlab.protocol.packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/**
 * PUBLISH (type 3). {@code packetId} is 0 at QoS 0 and 1..65535 otherwise [MQTT-2.2.1-2]. The topic
 * may be empty in v5 when a Topic Alias property stands for it.
 */
public record Publish(boolean dup, Qos qos, boolean retain, String topic, int packetId, byte[] payload,
                      Properties properties) implements Packet {
    public Publish {
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(properties, "properties");
        if (qos == Qos.AT_MOST_ONCE) {
            if (packetId != 0) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.qos0.id"));
            if (dup) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.qos0.dup"));
        } else {
            Packet.requirePacketId(packetId);
        }
    }

    public Publish(Qos qos, boolean retain, String topic, int packetId, byte[] payload) {
        this(false, qos, retain, topic, packetId, payload, Properties.EMPTY);
    }

    @Override
    public PacketType type() { return PacketType.PUBLISH; }

    public String payloadAsString() { return new String(payload, StandardCharsets.UTF_8); }

    public Publish withPacketId(int id) { return new Publish(dup, qos, retain, topic, id, payload, properties); }

    public Publish withDup(boolean d) { return new Publish(d, qos, retain, topic, packetId, payload, properties); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Publish p && dup == p.dup && qos == p.qos && retain == p.retain && topic.equals(p.topic)
                && packetId == p.packetId && Arrays.equals(payload, p.payload) && properties.equals(p.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dup, qos, retain, topic, packetId, Arrays.hashCode(payload), properties);
    }

    @Override
    public String toString() {
        return "Publish[d" + (dup ? 1 : 0) + ", q" + qos.value() + ", r" + (retain ? 1 : 0) + ", m" + packetId
                + ", '" + topic + "', (" + payload.length + " bytes), properties=" + properties.list() + "]";
    }
}
