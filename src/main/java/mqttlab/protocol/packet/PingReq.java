package mqttlab.protocol.packet;

/** PINGREQ (type 12): no variable header, no payload. */
public record PingReq() implements Packet {
    @Override
    public PacketType type() { return PacketType.PINGREQ; }
}
