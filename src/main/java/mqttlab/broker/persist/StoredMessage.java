package mqttlab.broker.persist;

import java.util.Arrays;
import java.util.Objects;
import mqttlab.broker.message.Message;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;

/**
 * A {@link Message} as the persistence file holds it. {@code remainingExpiry} is the seconds of
 * the Message Expiry Interval still left when the snapshot was taken, -1 for none; at load it is
 * re-based on the new broker's clock, minus the time the broker was down [MQTT-3.3.2-5].
 * {@code origin} is the publisher's client id (for v5 no local), null when unknown.
 */
public record StoredMessage(String topic, byte[] payload, Qos qos, boolean retain, Properties properties,
                            long remainingExpiry, String origin) {
    public StoredMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(properties, "properties");
    }

    static StoredMessage of(Message m, long nowNanos) {
        return new StoredMessage(m.topic(), m.payload(), m.qos(), m.retain(), m.properties(), m.remainingExpiry(nowNanos), m.origin());
    }

    /** The message on a new broker, or null when its expiry ran out while the broker was down. */
    Message toMessage(long downSeconds, long nowNanos) {
        long expiry = remainingExpiry;
        if (expiry >= 0) {
            expiry -= downSeconds;
            if (expiry <= 0) return null;
        }
        return new Message(topic, payload, qos, retain, properties, expiry, nowNanos, origin);
    }

    /** The message with no expiry, for a flow whose message was delivered already (only its PUBREL is left). */
    Message withoutExpiry(long nowNanos) {
        return new Message(topic, payload, qos, retain, properties, -1, nowNanos, origin);
    }

    /** The same with RETAIN=0 (a message routed to a subscriber, not the retained copy). */
    public StoredMessage withRetainCleared() {
        return new StoredMessage(topic, payload, qos, false, properties, remainingExpiry, origin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && topic.equals(m.topic) && Arrays.equals(payload, m.payload) && qos == m.qos
                && retain == m.retain && properties.equals(m.properties) && remainingExpiry == m.remainingExpiry
                && Objects.equals(origin, m.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, Arrays.hashCode(payload), qos, retain, properties, remainingExpiry, origin);
    }

    @Override
    public String toString() {
        return "StoredMessage['" + topic + "', q" + qos.value() + ", r" + (retain ? 1 : 0) + ", " + payload.length
                + " bytes, expiry " + remainingExpiry + ", from " + origin + ", " + properties.list() + "]";
    }
}
