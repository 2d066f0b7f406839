package mqttlab.broker.connect;

import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;
import mqttlab.text.Phrase;

/**
 * Refusing a CONNECT: the CONNACK the client's version allows, then the close [MQTT-3.2.2-5]
 * (5.0 [MQTT-3.2.2-7]). 3.1.1 has six return codes and a MUST for each case they name; anything
 * else wrong with a 3.1.1 CONNECT is closed without a CONNACK [MQTT-3.1.4-1]. 5.0 lets the
 * server send a CONNACK with any reason code of 0x80 or more before closing (section 4.13.1),
 * with a Reason String saying what was wrong; the lab always sends one, because a student learns
 * more from "0x85 Client Identifier not valid" than from a closed socket. mosquitto 2.0.11 closes
 * without a CONNACK in most of these cases; the standard allows both, the lab takes the clearer.
 */
public final class ConnectRefusal {
    /**
     * The user property that names a refusal's sentence in the lab's catalogue, next to the English
     * Reason String any client reads; one {@link #REASON_ARG} property follows per value. The lab's
     * own client shows the sentence in its reader's language (mqttlab.client.RefusalReason).
     */
    public static final String REASON_KEY = "mqttlab-reason";
    public static final String REASON_ARG = "mqttlab-reason-arg";

    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;

    public ConnectRefusal(Supplier<BrokerConfig> config, BrokerLog log) {
        this.config = config;
        this.log = log;
    }

    /** A refusal both versions have a code for: the 3.1.1 return code, or its v5 reason code. */
    public void refuse(Connection c, ConnectReturnCode code, String why) {
        send(c, code.codeFor(c.version()), why);
    }

    /** A refusal with its own code in each version (e.g. the classroom's quota: 3.1.1 0x03, 5.0 0x97). */
    public void refuse(Connection c, ConnectReturnCode v3, ReasonCode v5, Phrase why) {
        String english = why.english();
        log(c, english);
        int code = c.version().isV5() ? v5.code() : v3.code();
        Properties props = Properties.EMPTY;
        if (c.version().isV5()) {
            props = props.plus(PropertyId.REASON_STRING, english).plus(PropertyId.USER_PROPERTY, new UserProperty(REASON_KEY, why.key()));
            for (Object a : why.args()) props = props.plus(PropertyId.USER_PROPERTY, new UserProperty(REASON_ARG, String.valueOf(a)));
        }
        answer(c, code, props);
    }

    /**
     * A refusal only 5.0 has a code for (e.g. 0x82 Protocol Error, 0x9A Retain not supported): a v5
     * client gets the CONNACK, a 3.1.1 client the closed connection its standard asks for.
     */
    public void refuse(Connection c, ReasonCode v5Code, String why) {
        if (c.version().isV5()) {
            send(c, v5Code.code(), why);
            return;
        }
        log(c, why);
        c.close();
    }

    /**
     * A CONNECT that could not be decoded. {@code declared} is the version its protocol name and
     * level ask for (null when they name none).
     */
    public void malformed(Connection c, MalformedPacketException e, MqttVersion declared) {
        if (e.reason() == ReasonCode.UNSUPPORTED_PROTOCOL_VERSION) {
            unsupportedVersion(c, e);
            return;
        }
        log.log(LogLevel.NOTICE, "Client " + c.name() + " disconnected due to "
                + (e.reason() == ReasonCode.MALFORMED_PACKET ? "malformed packet." : "protocol error."));
        log.log(LogLevel.DEBUG, "\t" + e.describe());
        if (declared == null || !declared.isV5()) { // 3.1.1: close without CONNACK [MQTT-3.1.4-1]
            c.close();
            return;
        }
        c.speaks(declared);
        send(c, e.reason().code(), e.describe());
    }

    /**
     * Protocol name "MQTT" (or "MQIsdp") with a level this broker does not speak: CONNACK 0x01 in the
     * 3.1.1 form, then close, as 3.1.1 requires [MQTT-3.1.2-2] and mosquitto does. Not 5.0's 0x84:
     * a client of an unknown version can be relied on to read a 3.1.1 CONNACK (every 3.1.1-only
     * server answers a newer client this way), and 5.0 only says the server MAY send 0x84. A name
     * that is not MQTT's at all is not an MQTT client: the connection closes without an answer
     * ([MQTT-3.1.2-1]: the server MAY disconnect).
     */
    private void unsupportedVersion(Connection c, MalformedPacketException e) {
        if (config.get().connectionMessages()) {
            log.log(LogLevel.INFORMATION, "Invalid protocol version in CONNECT from " + c.remoteHost() + ": " + e.getMessage() + ".");
        }
        if ("MQTT-3.1.2-1".equals(e.rule())) {
            c.close();
            return;
        }
        c.speaks(MqttVersion.V3_1_1);
        send(c, ConnectReturnCode.UNACCEPTABLE_PROTOCOL_VERSION.code(), null);
    }

    private void send(Connection c, int code, String why) {
        log(c, why);
        answer(c, code, c.version().isV5() && why != null ? Properties.of().plus(PropertyId.REASON_STRING, why) : Properties.EMPTY);
    }

    private void answer(Connection c, int code, Properties props) {
        log.log(LogLevel.DEBUG, "Sending CONNACK to " + c.name() + " (0, " + code + ")");
        c.send(new ConnAck(false, code, props));
        c.close();
    }

    private void log(Connection c, String why) {
        if (why != null) log.log(LogLevel.DEBUG, "\tCONNECT refused: " + why);
    }
}
