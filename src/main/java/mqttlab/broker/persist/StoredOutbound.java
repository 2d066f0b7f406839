package mqttlab.broker.persist;

import java.util.Arrays;
import java.util.Objects;
import mqttlab.broker.session.Outbound;
import mqttlab.protocol.packet.Qos;

/**
 * An {@link Outbound} message of a saved session: queued ({@code packetId} 0, state QUEUED) or in
 * flight with its packet identifier and where its QoS 1/2 flow stood, so that a reconnect resends
 * it with DUP=1, or resends the PUBREL [MQTT-4.4.0-1].
 */
public record StoredOutbound(StoredMessage message, Qos qos, boolean retain, int[] subscriptionIds, int packetId,
                             Outbound.State state) {
    public StoredOutbound {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(state, "state");
        subscriptionIds = subscriptionIds.clone();
        if ((state == Outbound.State.QUEUED) != (packetId == 0)) {
            throw new IllegalArgumentException("a queued message has no packet id, one in flight has one (" + state + ", m" + packetId + ")");
        }
        if (packetId < 0 || packetId > 65535) throw new IllegalArgumentException("packet id out of range: " + packetId);
    }

    static StoredOutbound of(Outbound o, long nowNanos) {
        return new StoredOutbound(StoredMessage.of(o.message, nowNanos), o.qos, o.retain, o.subscriptionIds, o.packetId, o.state);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredOutbound s && message.equals(s.message) && qos == s.qos && retain == s.retain
                && Arrays.equals(subscriptionIds, s.subscriptionIds) && packetId == s.packetId && state == s.state;
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, qos, retain, Arrays.hashCode(subscriptionIds), packetId, state);
    }

    @Override
    public String toString() {
        return "StoredOutbound[" + state + ", m" + packetId + ", q" + qos.value() + ", r" + (retain ? 1 : 0)
                + ", ids " + Arrays.toString(subscriptionIds) + ", " + message + "]";
    }
}
