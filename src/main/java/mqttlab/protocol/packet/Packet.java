package mqttlab.protocol.packet;

/**
 * An MQTT control packet. The model is the MQTT 5.0 superset; a 3.1.1 packet leaves the
 * version 5 fields at their defaults (reason code 0, no properties).
 */
public sealed interface Packet permits Connect, ConnAck, Publish, PubAck, PubRec, PubRel, PubComp,
        Subscribe, SubAck, Unsubscribe, UnsubAck, PingReq, PingResp, Disconnect, Auth {

    PacketType type();

    /** The packet identifier, or 0 for packets that carry none. */
    default int packetId() { return 0; }

    static int requirePacketId(int id) {
        if (id < 1 || id > 65535) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.id", id));
        return id;
    }
}
