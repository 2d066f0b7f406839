package mqttlab.broker.tap;

import java.time.Instant;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;

/**
 * One packet seen by the broker, in or out, with its exact bytes. {@code seq} orders events
 * across all clients. {@code clientId} is null before a CONNECT has named the client.
 */
public record TapEvent(long seq, Instant time, Direction direction, String clientId, String remoteAddress,
                       MqttVersion version, Packet packet, byte[] bytes) {
}
