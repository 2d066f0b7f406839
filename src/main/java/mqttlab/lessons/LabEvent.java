package mqttlab.lessons;

import java.util.Objects;

/**
 * Something that happened in the lab that a lesson step may be waiting for. The shell feeds the
 * events the student causes directly (commands, answers, decodes); the broker's packet tap feeds
 * what any client does on the wire (the student's shell sessions, mosquitto_sub, a Paho script).
 */
public sealed interface LabEvent {

    /** A line the student ran in the shell, as typed (e.g. {@code decode 30 02 00 00}). */
    record CommandRun(String line) implements LabEvent {
        public CommandRun { Objects.requireNonNull(line, "line"); }

        /** The command's name: the first word, lower case. */
        public String name() {
            String t = line.strip();
            int sp = t.indexOf(' ');
            return (sp < 0 ? t : t.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
        }

        /** Everything after the name. */
        public String args() {
            String t = line.strip();
            int sp = t.indexOf(' ');
            return sp < 0 ? "" : t.substring(sp + 1).strip();
        }
    }

    /** An answer the student typed for a question step ({@code answer TEXT}). */
    record AnswerTyped(String text) implements LabEvent {
        public AnswerTyped { Objects.requireNonNull(text, "text"); }
    }

    /** The shell's decoder explained a packet of this type ({@code PUBLISH}, {@code PINGREQ}…). */
    record PacketDecoded(String typeName) implements LabEvent {
        public PacketDecoded { Objects.requireNonNull(typeName, "typeName"); }
    }

    /** The broker accepted a SUBSCRIBE with this filter from this client. */
    record SubscriptionMade(String clientId, String filter, int qos) implements LabEvent {
        public SubscriptionMade {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** A PUBLISH arrived at the broker from this client. */
    record MessagePublished(String clientId, String topic, int qos, boolean retain, String payload) implements LabEvent {
        public MessagePublished {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** The broker sent a PUBLISH to this client (a subscriber received a message). */
    record MessageDelivered(String clientId, String topic, int qos, boolean retain, boolean dup, String payload)
            implements LabEvent {
        public MessageDelivered {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** Any packet in ({@code inbound}: client to broker) or out, with its fixed-header flags. */
    record PacketSeen(String clientId, boolean inbound, String typeName, boolean dup, int qos, boolean retain)
            implements LabEvent {
        public PacketSeen {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(typeName, "typeName");
        }
    }

    /** A client's CONNECT was accepted; {@code sessionPresent} is the CONNACK's flag. */
    record ClientConnected(String clientId, boolean cleanSession, boolean sessionPresent) implements LabEvent {
        public ClientConnected { Objects.requireNonNull(clientId, "clientId"); }
    }

    /** A client went away: {@code graceful} with a DISCONNECT packet, otherwise the connection just broke. */
    record ClientDisconnected(String clientId, boolean graceful) implements LabEvent {
        public ClientDisconnected { Objects.requireNonNull(clientId, "clientId"); }
    }

    /**
     * The student's {@code probe PORT} looked for a broker: whether one answered, whether other machines
     * can reach it (empty: could not tell), and how many PUBLISH packets its {@code $SYS} says it received
     * (-1: unknown).
     */
    record BrokerProbed(int port, boolean answered, java.util.Optional<Boolean> remote, long publishesReceived) implements LabEvent {
        public BrokerProbed { Objects.requireNonNull(remote, "remote"); }
    }

    /** The client this event is about, or null for the shell's own events. */
    default String clientId() { return null; }
}
