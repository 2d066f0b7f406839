package mqttlab.broker;

import java.time.Instant;

/** A retained message as the store holds it. */
public record RetainedInfo(String topic, byte[] payload, int qos, Instant storedAt) {
}
