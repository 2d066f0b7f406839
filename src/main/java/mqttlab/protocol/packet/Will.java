package mqttlab.protocol.packet;

import java.util.Arrays;
import java.util.Objects;
import mqttlab.protocol.property.Properties;

/** The will message a CONNECT carries: published by the server if the client goes away uncleanly. */
public record Will(String topic, byte[] payload, Qos qos, boolean retain, Properties properties) {
    public Will {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(properties, "properties");
    }

    public Will(String topic, byte[] payload, Qos qos, boolean retain) {
        this(topic, payload, qos, retain, Properties.EMPTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Will w && topic.equals(w.topic) && Arrays.equals(payload, w.payload)
                && qos == w.qos && retain == w.retain && properties.equals(w.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, Arrays.hashCode(payload), qos, retain, properties);
    }

    @Override
    public String toString() {
        return "Will[topic=" + topic + ", payload=" + payload.length + " bytes, qos=" + qos.value() + ", retain=" + retain + "]";
    }
}
