package mqttlab.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mqttlab.broker.connect.ConnectRefusal;
import mqttlab.protocol.property.UserProperty;
import mqttlab.text.Lang;
import mqttlab.text.OutsideText;
import mqttlab.text.Phrase;
import mqttlab.text.Text;

/**
 * Why the lab's own broker refused a CONNECT (the classroom's client id rule, its connection quota),
 * read from the CONNACK's user properties ({@link ConnectRefusal#REASON_KEY}) so the student reads
 * it in the lab's language, not as the English Reason String. Only the catalogue's
 * {@code connect.refused.*} sentences are taken, with their number of values, and the values are
 * shown as outside text: another broker's properties never pick the lab's words or drive the terminal.
 */
public final class RefusalReason {
    private RefusalReason() { }

    static final String PREFIX = "connect.refused.";

    /** The refusal's sentence in the lab's language, if the CONNACK named one. */
    public static Optional<String> in(List<UserProperty> props) {
        String key = null;
        List<Object> args = new ArrayList<>();
        for (UserProperty p : props) {
            if (p.name().equals(ConnectRefusal.REASON_KEY)) key = p.value();
            else if (p.name().equals(ConnectRefusal.REASON_ARG)) args.add(OutsideText.line(p.value()));
        }
        if (key == null || !key.startsWith(PREFIX) || !Text.has(key) || args.size() != placeholders(Text.bundle(Lang.EN).getString(key))) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(key, args.toArray()).shown());
    }

    /** Names and values of hivemq's user properties, as the lab's records. */
    public static List<UserProperty> of(com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties props) {
        List<UserProperty> out = new ArrayList<>();
        for (var p : props.asList()) out.add(new UserProperty(p.getName().toString(), p.getValue().toString()));
        return out;
    }

    /** How many values the catalogue's pattern asks for ({0}, {1}, … in a row). */
    private static int placeholders(String unfilled) {
        int n = 0;
        while (unfilled.contains("{" + n + "}")) n++;
        return n;
    }
}
