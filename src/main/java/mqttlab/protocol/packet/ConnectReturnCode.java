package mqttlab.protocol.packet;

/** MQTT 3.1.1 CONNACK return codes (section 3.2.2.3), and the v5 reason codes a v5 server sends instead. */
public enum ConnectReturnCode {
    ACCEPTED(0, "Connection Accepted", ReasonCode.SUCCESS),
    UNACCEPTABLE_PROTOCOL_VERSION(1, "Connection Refused: unacceptable protocol version", ReasonCode.UNSUPPORTED_PROTOCOL_VERSION),
    IDENTIFIER_REJECTED(2, "Connection Refused: identifier rejected", ReasonCode.CLIENT_IDENTIFIER_NOT_VALID),
    SERVER_UNAVAILABLE(3, "Connection Refused: server unavailable", ReasonCode.SERVER_UNAVAILABLE),
    BAD_USER_NAME_OR_PASSWORD(4, "Connection Refused: bad user name or password", ReasonCode.BAD_USER_NAME_OR_PASSWORD),
    NOT_AUTHORIZED(5, "Connection Refused: not authorized", ReasonCode.NOT_AUTHORIZED);

    private final int code;
    private final String description;
    private final ReasonCode v5;

    ConnectReturnCode(int code, String description, ReasonCode v5) {
        this.code = code;
        this.description = description;
        this.v5 = v5;
    }

    public int code() { return code; }

    public String description() { return description; }

    public ReasonCode v5() { return v5; }

    /** The code for this version's CONNACK: the 3.1.1 return code, or the v5 reason code. */
    public int codeFor(MqttVersion version) { return version.isV5() ? v5.code() : code; }

    public static ConnectReturnCode of(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
