package mqttlab.protocol.packet;

/** Quality of service levels, with the descriptions Wireshark uses. */
public enum Qos {
    AT_MOST_ONCE(0, "At most once delivery (Fire and Forget)"),
    AT_LEAST_ONCE(1, "At least once delivery (Acknowledged deliver)"),
    EXACTLY_ONCE(2, "Exactly once delivery (Assured Delivery)");

    private static final Qos[] BY_VALUE = values();

    private final int value;
    private final String description;

    Qos(int value, String description) {
        this.value = value;
        this.description = description;
    }

    public int value() { return value; }

    public String description() { return description; }

    /** @throws IllegalArgumentException for 3, which [MQTT-3.3.1-4] forbids */
    public static Qos of(int value) {
        if (value < 0 || value > 2) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.qos", value));
        return BY_VALUE[value];
    }

    public static Qos min(Qos a, Qos b) { return a.value <= b.value ? a : b; }

    public static Qos max(Qos a, Qos b) { return a.value >= b.value ? a : b; }
}
