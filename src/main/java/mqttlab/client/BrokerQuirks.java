package mqttlab.client;

import java.util.Optional;
import mqttlab.text.Text;

/**
 * What the lab says when a broker differs from the standard or does less than it allows, so that a
 * student on another broker (mosquitto on a Raspberry Pi, a RabbitMQ 3.10 cluster) learns from the
 * difference instead of meeting a bare error. Each explanation names the normative statement; the
 * README's broker matrix lists the brokers these were measured on.
 */
public final class BrokerQuirks {
    /** What the HiveMQ client says when a broker answers a QoS 2 PUBLISH with PUBACK. */
    private static final String QOS2_PUBACK = "PUBACK must not be received for a QoS 2 PUBLISH";

    private BrokerQuirks() { }

    /**
     * A connection closed by the broker before any CONNACK to an MQTT 5 CONNECT: the broker speaks only
     * 3.1.1 (it should have answered CONNACK 0x01 first [MQTT-3.1.2-2]).
     */
    public static ConnectFailure closedAtMqtt5Connect(ConnectFailure f) {
        return new ConnectFailure(f.getMessage() + "\n" + Text.t("broker.quirk.no.mqtt5"), f.exitCode(), f.refusedByBroker());
    }

    /** True for the HiveMQ client's "connection closed without DISCONNECT" (no CONNACK came). */
    public static boolean closedWithoutConnack(Throwable t) {
        return t instanceof com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
    }

    /** An explanation for why a session was lost, when the reason is a known broker difference. */
    public static Optional<String> lost(String reason) {
        if (reason != null && reason.contains(QOS2_PUBACK)) return Optional.of(Text.t("broker.quirk.qos2.puback"));
        return Optional.empty();
    }

    /** A SUBACK that granted less than asked [MQTT-3.8.4-6]: the explanation, or empty when all was granted. */
    public static Optional<String> downgraded(int requested, java.util.List<Integer> granted) {
        int least = granted.stream().filter(rc -> rc < 0x80).mapToInt(Integer::intValue).min().orElse(requested);
        return least < requested ? Optional.of(Text.t("broker.quirk.qos.downgrade", requested, least)) : Optional.empty();
    }
}
