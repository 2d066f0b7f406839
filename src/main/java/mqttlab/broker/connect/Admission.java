package mqttlab.broker.connect;

import java.util.Objects;
import mqttlab.broker.retain.RetainedLimit;
import mqttlab.broker.session.SessionStore;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Phrase;

/**
 * Who may connect beyond the password check: a policy the composition root hands the broker (the
 * classroom's {@code ClassroomAdmission}: client ids belong to accounts, a connection quota per
 * user). Consulted on the event loop after authentication and before any session is touched, so a
 * refused CONNECT changes nothing: the session it named keeps its connection and its messages.
 */
public interface Admission {
    /** The plain broker's: everyone the password check lets in. */
    Admission OPEN = new Admission() { };

    /** Why this CONNECT is refused, or null to let it in. {@code sessions} is for reading only. */
    default Refusal check(String clientId, String username, SessionStore sessions) { return null; }

    /** The client id for a client that sent none (MQTT 5: the Assigned Client Identifier). */
    default String assign(String username) { return ClientIds.generate(); }

    /** True for accounts the broker's {@code max_connections} never turns away (the instructor's own clients). */
    default boolean privileged(String username) { return false; }

    /** How much {@code username} may retain on the broker; null for no limit (the plain broker, the staff). */
    default RetainedLimit retainedLimit(String username) { return null; }

    /** How many subscriptions {@code username} may hold over all its sessions; {@code Integer.MAX_VALUE} for no limit. */
    default int subscriptionLimit(String username) { return Integer.MAX_VALUE; }

    /**
     * A refused CONNECT: the 3.1.1 return code, the v5 reason code, and why: in English for the
     * broker's log (NOTICE) and the CONNACK's Reason String, and as a {@link Phrase} the lab's own
     * client puts in its reader's language ({@link ConnectRefusal#REASON_KEY}).
     */
    record Refusal(ConnectReturnCode v3, ReasonCode v5, Phrase why) {
        public Refusal {
            Objects.requireNonNull(v3, "v3");
            Objects.requireNonNull(v5, "v5");
            Objects.requireNonNull(why, "why");
        }

        /** The broker log's line, in English as mosquitto's are. */
        public String log() { return why.english(); }
    }
}
