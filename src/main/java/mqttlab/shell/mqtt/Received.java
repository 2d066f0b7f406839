package mqttlab.shell.mqtt;

import java.time.Instant;
import java.util.List;

/**
 * A message a client received, with what `-F` can print. The v5 fields are null (or empty) for a
 * 3.1.1 connection or when the PUBLISH did not carry them. {@code mid} is the packet id on the wire.
 */
public record Received(String topic, byte[] payload, int qos, boolean retain, int mid, Instant time,
                       String contentType, byte[] correlationData, Long messageExpiry, Integer payloadFormat,
                       String responseTopic, List<ClientSettings.UserProperty> userProperties) {

    public Received {
        userProperties = userProperties == null ? List.of() : List.copyOf(userProperties);
    }

    public static Received basic(String topic, byte[] payload, int qos, boolean retain, int mid) {
        return new Received(topic, payload, qos, retain, mid, Instant.now(), null, null, null, null, null, List.of());
    }
}
