package mqttlab.broker.message;

import java.util.Objects;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;

/**
 * An application message as the broker stores and routes it: what the publisher sent, minus the
 * per-connection parts (packet id, DUP, topic alias). {@code properties} holds the v5 properties
 * that travel with the message (payload format, content type, response topic, correlation data,
 * user properties). {@code expiryInterval} is seconds, or -1 for none; {@code receivedAtNanos} is
 * when it arrived, to count the expiry down [MQTT-3.3.2-6].
 */
public record Message(String topic, byte[] payload, Qos qos, boolean retain, Properties properties,
                      long expiryInterval, long receivedAtNanos, String origin) {
    public Message {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(properties, "properties");
    }

    /** Seconds left before expiry at {@code nowNanos}, -1 when it never expires, 0 when expired. */
    public long remainingExpiry(long nowNanos) {
        if (expiryInterval < 0) return -1;
        long elapsed = (nowNanos - receivedAtNanos) / 1_000_000_000L;
        return Math.max(0, expiryInterval - elapsed);
    }

    public boolean expired(long nowNanos) {
        return expiryInterval >= 0 && remainingExpiry(nowNanos) == 0;
    }

    public Message withRetain(boolean r) {
        return r == retain ? this : new Message(topic, payload, qos, r, properties, expiryInterval, receivedAtNanos, origin);
    }
}
