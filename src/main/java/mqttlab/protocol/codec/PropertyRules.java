package mqttlab.protocol.codec;

import static mqttlab.protocol.packet.PacketType.*;

import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.property.PropertyId;
import mqttlab.text.Phrase;

/**
 * Which v5 property may appear in which packet (MQTT 5.0 section 2.2.2.2, table 2-4). The will
 * properties of a CONNECT use slot 0 (the reserved type), written {@link #WILL}.
 */
final class PropertyRules {
    private PropertyRules() {}

    static final int WILL = 0;

    private static final int[] ALLOWED = new int[0x2B];

    private static void allow(PropertyId id, Object... where) {
        int mask = 0;
        for (Object w : where) mask |= 1 << (w instanceof PacketType t ? t.value() : (Integer) w);
        ALLOWED[id.id()] = mask;
    }

    static {
        allow(PropertyId.PAYLOAD_FORMAT_INDICATOR, PUBLISH, WILL);
        allow(PropertyId.MESSAGE_EXPIRY_INTERVAL, PUBLISH, WILL);
        allow(PropertyId.CONTENT_TYPE, PUBLISH, WILL);
        allow(PropertyId.RESPONSE_TOPIC, PUBLISH, WILL);
        allow(PropertyId.CORRELATION_DATA, PUBLISH, WILL);
        allow(PropertyId.SUBSCRIPTION_IDENTIFIER, PUBLISH, SUBSCRIBE);
        allow(PropertyId.SESSION_EXPIRY_INTERVAL, CONNECT, CONNACK, DISCONNECT);
        allow(PropertyId.ASSIGNED_CLIENT_IDENTIFIER, CONNACK);
        allow(PropertyId.SERVER_KEEP_ALIVE, CONNACK);
        allow(PropertyId.AUTHENTICATION_METHOD, CONNECT, CONNACK, AUTH);
        allow(PropertyId.AUTHENTICATION_DATA, CONNECT, CONNACK, AUTH);
        allow(PropertyId.REQUEST_PROBLEM_INFORMATION, CONNECT);
        allow(PropertyId.WILL_DELAY_INTERVAL, WILL);
        allow(PropertyId.REQUEST_RESPONSE_INFORMATION, CONNECT);
        allow(PropertyId.RESPONSE_INFORMATION, CONNACK);
        allow(PropertyId.SERVER_REFERENCE, CONNACK, DISCONNECT);
        allow(PropertyId.REASON_STRING, CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK, DISCONNECT, AUTH);
        allow(PropertyId.RECEIVE_MAXIMUM, CONNECT, CONNACK);
        allow(PropertyId.TOPIC_ALIAS_MAXIMUM, CONNECT, CONNACK);
        allow(PropertyId.TOPIC_ALIAS, PUBLISH);
        allow(PropertyId.MAXIMUM_QOS, CONNACK);
        allow(PropertyId.RETAIN_AVAILABLE, CONNACK);
        allow(PropertyId.USER_PROPERTY, CONNECT, CONNACK, PUBLISH, WILL, PUBACK, PUBREC, PUBREL, PUBCOMP,
                SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, DISCONNECT, AUTH);
        allow(PropertyId.MAXIMUM_PACKET_SIZE, CONNECT, CONNACK);
        allow(PropertyId.WILDCARD_SUBSCRIPTION_AVAILABLE, CONNACK);
        allow(PropertyId.SUBSCRIPTION_IDENTIFIER_AVAILABLE, CONNACK);
        allow(PropertyId.SHARED_SUBSCRIPTION_AVAILABLE, CONNACK);
    }

    /** Whether the property may appear in this packet type (or {@link #WILL}). */
    static boolean allowed(PropertyId id, int where) {
        return (ALLOWED[id.id()] & (1 << where)) != 0;
    }

    /** Whether it may appear more than once: User Property anywhere, Subscription Identifier in PUBLISH. */
    static boolean repeatable(PropertyId id, int where) {
        return id == PropertyId.USER_PROPERTY || (id == PropertyId.SUBSCRIPTION_IDENTIFIER && where == PUBLISH.value());
    }

    /** The value's allowed range, as a Protocol Error message, or null when the value is fine. */
    static Phrase checkValue(PropertyId id, long v) {
        return switch (id) {
            case PAYLOAD_FORMAT_INDICATOR, REQUEST_PROBLEM_INFORMATION, REQUEST_RESPONSE_INFORMATION, MAXIMUM_QOS,
                    RETAIN_AVAILABLE, WILDCARD_SUBSCRIPTION_AVAILABLE, SUBSCRIPTION_IDENTIFIER_AVAILABLE,
                    SHARED_SUBSCRIPTION_AVAILABLE -> v > 1 ? new Phrase("codec.bad.property.flag", FieldName.of(id.description()), v) : null;
            case RECEIVE_MAXIMUM, MAXIMUM_PACKET_SIZE, TOPIC_ALIAS, SUBSCRIPTION_IDENTIFIER ->
                    v == 0 ? new Phrase("codec.bad.property.zero", FieldName.of(id.description())) : null;
            default -> null;
        };
    }
}
