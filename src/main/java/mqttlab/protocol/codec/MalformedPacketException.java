package mqttlab.protocol.codec;

import mqttlab.protocol.packet.ReasonCode;

/**
 * Bytes that break a rule of the standard. Says where (the byte offset from the packet's first
 * byte), which rule (the normative statement id, e.g. "MQTT-3.3.1-4") and the v5 reason code a
 * server sends before closing the connection (Malformed Packet or Protocol Error).
 */
public final class MalformedPacketException extends RuntimeException {
    private final int offset;
    private final String rule;
    private final ReasonCode reason;

    public MalformedPacketException(int offset, String message, String rule, ReasonCode reason) {
        super(message);
        this.offset = offset;
        this.rule = rule;
        this.reason = reason;
    }

    public MalformedPacketException(int offset, String message, String rule) {
        this(offset, message, rule, ReasonCode.MALFORMED_PACKET);
    }

    /** Offset of the offending byte, counted from the first byte of the packet. */
    public int offset() { return offset; }

    /** The spec's normative statement id without brackets, e.g. "MQTT-1.5.4-2", or a section like "MQTT-2.1.4". */
    public String rule() { return rule; }

    public ReasonCode reason() { return reason; }

    /** One line for people: "byte 5: QoS 3 is not allowed [MQTT-3.3.1-4]". */
    public String describe() {
        return "byte " + offset + ": " + getMessage() + (rule == null ? "" : " [" + rule + "]");
    }
}
