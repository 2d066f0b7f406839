package mqttlab.broker.session;

import mqttlab.broker.message.Message;
import mqttlab.protocol.packet.Qos;

/**
 * A message on its way to one client: the QoS and RETAIN it is delivered with (after the
 * downgrade to the subscription's QoS), the subscription identifiers to attach, and where its
 * QoS flow stands.
 */
public final class Outbound {
    public enum State { QUEUED, AWAITING_PUBACK, AWAITING_PUBREC, AWAITING_PUBCOMP }

    public final Message message;
    public final Qos qos;
    public final boolean retain;
    public final int[] subscriptionIds;
    public int packetId;
    public State state = State.QUEUED;

    /** Payload bytes, as mosquitto counts a message against max_queued_bytes. */
    public long size() { return message.payload().length; }

    public Outbound(Message message, Qos qos, boolean retain, int[] subscriptionIds) {
        this.message = message;
        this.qos = qos;
        this.retain = retain;
        this.subscriptionIds = subscriptionIds;
    }
}
