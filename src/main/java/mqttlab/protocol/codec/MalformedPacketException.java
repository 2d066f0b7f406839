package mqttlab.protocol.codec;

import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Phrase;

/**
 * Bytes that break a rule of the standard. Says where (the byte offset from the packet's first
 * byte), which rule (the normative statement id, e.g. "MQTT-3.3.1-4") and the v5 reason code a
 * server sends before closing the connection (Malformed Packet or Protocol Error).
 */
public final class MalformedPacketException extends RuntimeException {
    private final int offset;
    private final String rule;
    private final ReasonCode reason;
    private final transient Phrase phrase;

    public MalformedPacketException(int offset, String message, String rule, ReasonCode reason) {
        super(message);
        this.offset = offset;
        this.rule = rule;
        this.reason = reason;
        this.phrase = null;
    }

    /**
     * A catalogue sentence: the message (the broker's log, a reason string on the wire) is its English,
     * {@link #shown()} is what a person at the shell reads, in the lab's language.
     */
    public MalformedPacketException(int offset, Phrase phrase, String rule, ReasonCode reason) {
        super(phrase.english());
        this.offset = offset;
        this.rule = rule;
        this.reason = reason;
        this.phrase = phrase;
    }

    public MalformedPacketException(int offset, Phrase phrase, String rule) {
        this(offset, phrase, rule, ReasonCode.MALFORMED_PACKET);
    }

    /** What went wrong, in the language the lab speaks (English when the sentence is not in the catalogue). */
    public String shown() { return phrase == null ? getMessage() : phrase.shown(); }

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
