package mqttlab.broker;

import java.time.Instant;
import mqttlab.protocol.packet.MqttVersion;

/** A client as `clients` shows it: connected now, or a persistent session kept while offline. */
public record ClientInfo(String clientId, String remoteAddress, MqttVersion version, boolean cleanStart,
                         int keepAlive, String username, boolean connected, Instant since,
                         int inflight, int queued) {
}
