package mqttlab.client;

import java.util.List;
import java.util.Objects;

/** A message to publish, with the v5 properties `-D publish …` can set (null when unset). */
public record Outgoing(String topic, byte[] payload, int qos, boolean retain, String contentType,
                       byte[] correlationData, Long messageExpiry, Integer payloadFormat, String responseTopic,
                       List<ClientSettings.UserProperty> userProperties) {

    public Outgoing {
        Objects.requireNonNull(topic, "topic");
        payload = payload == null ? new byte[0] : payload;
        userProperties = userProperties == null ? List.of() : List.copyOf(userProperties);
    }

    public static Outgoing of(String topic, byte[] payload, int qos, boolean retain) {
        return new Outgoing(topic, payload, qos, retain, null, null, null, null, null, List.of());
    }
}
