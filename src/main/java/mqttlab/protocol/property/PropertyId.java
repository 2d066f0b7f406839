package mqttlab.protocol.property;

import static mqttlab.protocol.property.PropertyType.*;

/** The 27 MQTT 5.0 property identifiers (MQTT 5.0 section 2.2.2.2). */
public enum PropertyId {
    PAYLOAD_FORMAT_INDICATOR(0x01, "Payload Format Indicator", BYTE),
    MESSAGE_EXPIRY_INTERVAL(0x02, "Message Expiry Interval", FOUR_BYTE_INTEGER),
    CONTENT_TYPE(0x03, "Content Type", UTF8_STRING),
    RESPONSE_TOPIC(0x08, "Response Topic", UTF8_STRING),
    CORRELATION_DATA(0x09, "Correlation Data", BINARY_DATA),
    SUBSCRIPTION_IDENTIFIER(0x0B, "Subscription Identifier", VARIABLE_BYTE_INTEGER),
    SESSION_EXPIRY_INTERVAL(0x11, "Session Expiry Interval", FOUR_BYTE_INTEGER),
    ASSIGNED_CLIENT_IDENTIFIER(0x12, "Assigned Client Identifier", UTF8_STRING),
    SERVER_KEEP_ALIVE(0x13, "Server Keep Alive", TWO_BYTE_INTEGER),
    AUTHENTICATION_METHOD(0x15, "Authentication Method", UTF8_STRING),
    AUTHENTICATION_DATA(0x16, "Authentication Data", BINARY_DATA),
    REQUEST_PROBLEM_INFORMATION(0x17, "Request Problem Information", BYTE),
    WILL_DELAY_INTERVAL(0x18, "Will Delay Interval", FOUR_BYTE_INTEGER),
    REQUEST_RESPONSE_INFORMATION(0x19, "Request Response Information", BYTE),
    RESPONSE_INFORMATION(0x1A, "Response Information", UTF8_STRING),
    SERVER_REFERENCE(0x1C, "Server Reference", UTF8_STRING),
    REASON_STRING(0x1F, "Reason String", UTF8_STRING),
    RECEIVE_MAXIMUM(0x21, "Receive Maximum", TWO_BYTE_INTEGER),
    TOPIC_ALIAS_MAXIMUM(0x22, "Topic Alias Maximum", TWO_BYTE_INTEGER),
    TOPIC_ALIAS(0x23, "Topic Alias", TWO_BYTE_INTEGER),
    MAXIMUM_QOS(0x24, "Maximum QoS", BYTE),
    RETAIN_AVAILABLE(0x25, "Retain Available", BYTE),
    USER_PROPERTY(0x26, "User Property", UTF8_STRING_PAIR),
    MAXIMUM_PACKET_SIZE(0x27, "Maximum Packet Size", FOUR_BYTE_INTEGER),
    WILDCARD_SUBSCRIPTION_AVAILABLE(0x28, "Wildcard Subscription Available", BYTE),
    SUBSCRIPTION_IDENTIFIER_AVAILABLE(0x29, "Subscription Identifier Available", BYTE),
    SHARED_SUBSCRIPTION_AVAILABLE(0x2A, "Shared Subscription Available", BYTE);

    private static final PropertyId[] BY_ID = new PropertyId[0x2B];

    static {
        for (PropertyId p : values()) BY_ID[p.id] = p;
    }

    private final int id;
    private final String description;
    private final PropertyType type;

    PropertyId(int id, String description, PropertyType type) {
        this.id = id;
        this.description = description;
        this.type = type;
    }

    public int id() { return id; }

    public String description() { return description; }

    public PropertyType type() { return type; }

    /** The property with this identifier, or null when there is none (a malformed packet). */
    public static PropertyId of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
