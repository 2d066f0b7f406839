package mqttlab.protocol.packet;

/** PINGRESP (type 13): no variable header, no payload. */
public record PingResp() implements Packet {
    @Override
    public PacketType type() { return PacketType.PINGRESP; }
}
