package mqttlab.broker.tap;

import java.time.Instant;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;

/**
 * One packet seen by the broker, in or out, with its exact bytes. {@code seq} orders events
 * across all clients. {@code clientId} is null before a CONNECT has named the client.
 * {@code aliasTopic} is the topic a v5 Topic Alias stands for when the PUBLISH carries an alias
 * (its own topic may then be empty), else null.
 */
public record TapEvent(long seq, Instant time, Direction direction, String clientId, String remoteAddress,
                       MqttVersion version, Packet packet, byte[] bytes, String aliasTopic) {

    public TapEvent(long seq, Instant time, Direction direction, String clientId, String remoteAddress,
                    MqttVersion version, Packet packet, byte[] bytes) {
        this(seq, time, direction, clientId, remoteAddress, version, packet, bytes, null);
    }

    /** A PUBLISH's topic, with a Topic Alias resolved; null for other packets. */
    public String topic() {
        if (!(packet instanceof Publish p)) return null;
        return p.topic().isEmpty() && aliasTopic != null ? aliasTopic : p.topic();
    }
}
