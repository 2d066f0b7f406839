package mqttlab.relay;

import mqttlab.text.OutsideText;
import mqttlab.text.Text;

/**
 * Where the broker behind the relay answered otherwise than the lab's broker would, for the shell
 * to explain: {@code granted} is what the SUBACK gave for {@code filter} when {@code requested} was
 * asked (a QoS, or 0x80 and up for a refusal). RabbitMQ 3.10 grants QoS 1 for a QoS 2 request; the
 * standard lets a server grant less than asked (MQTT 3.1.1 3.8.4, 5.0 3.8.4).
 */
public record BrokerDifference(String clientId, String filter, int requested, int granted) {

    /** True when the broker refused the subscription outright (a failure return/reason code). */
    public boolean refused() { return granted >= 0x80; }

    /** The lesson in it, for the student, in the lab's language (the broker's words shown, never interpreted). */
    public String explain() {
        String f = OutsideText.line(filter);
        String who = OutsideText.line(clientId);
        if (refused()) return Text.t("shell.relay.refused", f, String.format("%02X", granted), who);
        return Text.t("shell.relay.downgrade", f, granted, requested, who);
    }
}
