package mqttlab.protocol.packet;

/** The 16 values of the fixed header's type nibble, with the names Wireshark's dissector uses. */
public enum PacketType {
    RESERVED(0, "Reserved", 0),
    CONNECT(1, "Connect Command", 0),
    CONNACK(2, "Connect Ack", 0),
    PUBLISH(3, "Publish Message", -1),
    PUBACK(4, "Publish Ack", 0),
    PUBREC(5, "Publish Received", 0),
    PUBREL(6, "Publish Release", 0b0010),
    PUBCOMP(7, "Publish Complete", 0),
    SUBSCRIBE(8, "Subscribe Request", 0b0010),
    SUBACK(9, "Subscribe Ack", 0),
    UNSUBSCRIBE(10, "Unsubscribe Request", 0b0010),
    UNSUBACK(11, "Unsubscribe Ack", 0),
    PINGREQ(12, "Ping Request", 0),
    PINGRESP(13, "Ping Response", 0),
    DISCONNECT(14, "Disconnect Req", 0),
    AUTH(15, "Authentication Exchange", 0);

    private static final PacketType[] BY_VALUE = values();

    private final int value;
    private final String description;
    private final int requiredFlags;

    PacketType(int value, String description, int requiredFlags) {
        this.value = value;
        this.description = description;
        this.requiredFlags = requiredFlags;
    }

    public int value() { return value; }

    public String description() { return description; }

    /** The flags nibble [MQTT-2.2.2-1] requires, or -1 for PUBLISH whose flags carry DUP, QoS and RETAIN. */
    public int requiredFlags() { return requiredFlags; }

    public static PacketType of(int value) {
        if (value < 0 || value > 15) throw new IllegalArgumentException("packet type out of range: " + value);
        return BY_VALUE[value];
    }
}
