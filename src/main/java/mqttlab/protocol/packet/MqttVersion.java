package mqttlab.protocol.packet;

/** Protocol versions by the CONNECT packet's protocol level byte. */
public enum MqttVersion {
    V3_1(3, "MQIsdp", "3.1"),
    V3_1_1(4, "MQTT", "3.1.1"),
    V5(5, "MQTT", "5.0");

    private final int level;
    private final String protocolName;
    private final String label;

    MqttVersion(int level, String protocolName, String label) {
        this.level = level;
        this.protocolName = protocolName;
        this.label = label;
    }

    public int level() { return level; }

    public String protocolName() { return protocolName; }

    public String label() { return label; }

    public boolean isV5() { return this == V5; }

    /** The protocol level byte's version, or null when it names none. */
    public static MqttVersion ofLevel(int level) {
        for (MqttVersion v : values()) if (v.level == level) return v;
        return null;
    }
}
