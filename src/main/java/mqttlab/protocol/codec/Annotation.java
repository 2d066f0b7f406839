package mqttlab.protocol.codec;

/**
 * One explained byte range of a packet: where it is (offset from the packet's first byte, length),
 * which field it is, its value as people read it, how the value is computed, and the spec section
 * or rule it comes from (e.g. "MQTT-2.2.3" or "MQTT-3.3.1-4"; may be empty).
 */
public record Annotation(int offset, int length, String field, String value, String explanation, String spec) {
    public Annotation {
        if (offset < 0 || length < 0) throw new IllegalArgumentException("offset and length must be >= 0");
        field = field == null ? "" : field;
        value = value == null ? "" : value;
        explanation = explanation == null ? "" : explanation;
        spec = spec == null ? "" : spec;
    }

    public int end() { return offset + length; }
}
