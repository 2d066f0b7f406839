package mqttlab.client;

/**
 * The broker answered a PUBLISH with a failure: an MQTT 5 PUBACK or PUBREC whose reason code is 0x80 or
 * above (0x87 Not authorized, 0x97 Quota exceeded...). An MQTT 3.1.1 broker cannot say so: it
 * acknowledges and drops.
 */
public final class PublishRefused extends RuntimeException {
    private final String topic;
    private final String packet;
    private final int code;

    public PublishRefused(String topic, String packet, int code) {
        super(packet + " 0x" + String.format("%02X", code) + " for " + topic);
        this.topic = topic;
        this.packet = packet;
        this.code = code;
    }

    public String topic() { return topic; }

    /** {@code PUBACK} (QoS 1) or {@code PUBREC} (QoS 2). */
    public String packet() { return packet; }

    public int code() { return code; }
}
