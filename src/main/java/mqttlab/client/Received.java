package mqttlab.client;

import java.time.Instant;
import java.util.List;

/**
 * A message a client received, with what `-F` can print. The v5 fields are null (or empty) for a
 * 3.1.1 connection or when the PUBLISH did not carry them. {@code mid} is the packet id on the wire,
 * {@code dup} its DUP flag: a redelivery of a message the broker sent before and saw no acknowledgement for.
 */
public record Received(String topic, byte[] payload, int qos, boolean retain, int mid, Instant time,
                       String contentType, byte[] correlationData, Long messageExpiry, Integer payloadFormat,
                       String responseTopic, List<ClientSettings.UserProperty> userProperties, boolean dup) {

    public Received {
        userProperties = userProperties == null ? List.of() : List.copyOf(userProperties);
    }

    /** Without DUP: a first delivery. */
    public Received(String topic, byte[] payload, int qos, boolean retain, int mid, Instant time,
                    String contentType, byte[] correlationData, Long messageExpiry, Integer payloadFormat,
                    String responseTopic, List<ClientSettings.UserProperty> userProperties) {
        this(topic, payload, qos, retain, mid, time, contentType, correlationData, messageExpiry, payloadFormat, responseTopic, userProperties, false);
    }

    public static Received basic(String topic, byte[] payload, int qos, boolean retain, int mid) {
        return basic(topic, payload, qos, retain, mid, false);
    }

    public static Received basic(String topic, byte[] payload, int qos, boolean retain, int mid, boolean dup) {
        return new Received(topic, payload, qos, retain, mid, Instant.now(), null, null, null, null, null, List.of(), dup);
    }
}
