package mqttlab.client;

import static mqttlab.text.Text.t;

import java.util.Optional;
import mqttlab.broker.auth.ClientIdOwnership;

/**
 * Why a 3.1.1 broker may have answered CONNACK return code 2 (identifier rejected), said from what the
 * lab itself sent. A 3.1.1 CONNACK has no Reason String and no user properties, so the class broker's
 * own sentence ({@code connect.refused.*}) cannot reach a 3.1.1 client; but the lab knows the two rules
 * that refuse an id: the standard's (an empty id needs clean session, [MQTT-3.1.3-8]) and the
 * classroom's (a student's client id is the user name or starts with it and a dash). Nothing changes on
 * the wire.
 */
public final class IdRejected {
    private IdRejected() { }

    /** The rule this CONNECT broke, in the reader's language, if the lab can tell. */
    public static Optional<String> why(String clientId, String username, boolean cleanSession) {
        String id = clientId == null ? "" : clientId;
        if (id.isEmpty()) return cleanSession ? Optional.empty() : Optional.of(t("client.refused.v311.empty.id"));
        if (username != null && !username.isEmpty() && !ClientIdOwnership.ownId(username, id).equals(id)) {
            return Optional.of(t("client.refused.v311.class", mqttlab.text.OutsideText.line(id), mqttlab.text.OutsideText.line(username)));
        }
        return Optional.empty();
    }
}
