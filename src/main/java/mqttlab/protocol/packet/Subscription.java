package mqttlab.protocol.packet;

import java.util.Objects;

/**
 * One topic filter of a SUBSCRIBE with its options. The v5 options (no local, retain as published,
 * retain handling) are false/0 for 3.1.1, which sends only the requested QoS.
 */
public record Subscription(String filter, Qos qos, boolean noLocal, boolean retainAsPublished, int retainHandling) {
    public Subscription {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(qos, "qos");
        if (retainHandling < 0 || retainHandling > 2) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.bad.retain.handling"));
    }

    public Subscription(String filter, Qos qos) {
        this(filter, qos, false, false, 0);
    }

    /** The subscription options byte (MQTT 5.0 3.8.3.1); for 3.1.1 this is just the QoS. */
    public int optionsByte() {
        return qos.value() | (noLocal ? 0x04 : 0) | (retainAsPublished ? 0x08 : 0) | (retainHandling << 4);
    }
}
