package mqttlab.broker.persist;

import java.util.List;
import java.util.Objects;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.protocol.packet.MqttVersion;

/**
 * A persistent session as saved: everything that outlives a connection (MQTT 5.0 4.1).
 *
 * @param expiryInterval  the Session Expiry Interval, {@code Session.NEVER_EXPIRES} for never (and 3.1.1 clean=0)
 * @param expiresIn       seconds of the offline countdown left at the save; for a client online at the save, the whole
 *                        interval (the countdown starts when the broker stops); -1 when it never expires
 * @param username        the username it connected with, null for none
 * @param awaitingPubRel  inbound QoS 2 packet ids acknowledged with PUBREC, waiting for PUBREL [MQTT-4.3.3-10]
 */
public record StoredSession(String clientId, MqttVersion version, boolean cleanStart, long expiryInterval, long expiresIn,
                            String username, List<SubscriptionEntry> subscriptions, List<StoredOutbound> inflight,
                            List<StoredOutbound> queue, List<Received> awaitingPubRel) {
    public StoredSession {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(version, "version");
        subscriptions = List.copyOf(subscriptions);
        inflight = List.copyOf(inflight);
        queue = List.copyOf(queue);
        awaitingPubRel = List.copyOf(awaitingPubRel);
        for (StoredOutbound o : inflight) if (o.packetId() == 0) throw new IllegalArgumentException("in flight without a packet id");
        for (StoredOutbound o : queue) if (o.packetId() != 0) throw new IllegalArgumentException("queued with a packet id");
    }

    /** A QoS 2 PUBLISH received and acknowledged with PUBREC; {@code message} null when it was refused (not to be routed). */
    public record Received(int packetId, StoredMessage message) {
        public Received {
            if (packetId < 1 || packetId > 65535) throw new IllegalArgumentException("packet id out of range: " + packetId);
        }
    }
}
