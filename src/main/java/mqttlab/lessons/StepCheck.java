package mqttlab.lessons;

import mqttlab.protocol.topic.TopicMatcher;
import mqttlab.protocol.topic.TopicFilter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a step waits for, written in a lesson as one line in a {@code check} block (see
 * {@link CheckParser}). A check is satisfied by one {@link LabEvent}; an event that is related but
 * wrong (right topic, wrong QoS) gets a helpful word from {@link NearMiss}.
 */
public sealed interface StepCheck {

    boolean satisfiedBy(LabEvent event);

    /** A subscription with exactly {@code filter}, or (if {@code topic} is given) any filter matching it. */
    record SubscriptionMade(Optional<String> filter, Optional<String> topic, OptionalInt qos) implements StepCheck {
        public SubscriptionMade {
            if (filter.isEmpty() && topic.isEmpty()) throw new IllegalArgumentException("subscribe needs filter= or matches=");
        }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.SubscriptionMade s
                    && filter.map(f -> f.equals(s.filter())).orElse(true)
                    && topic.map(t -> (TopicFilter.isValid(s.filter()) && TopicMatcher.matches(s.filter(), t))).orElse(true)
                    && (qos.isEmpty() || qos.getAsInt() == s.qos());
        }
    }

    /** A PUBLISH reaching the broker on a topic matching {@code topic} (which may hold wildcards). */
    record PublishSeen(String topic, OptionalInt qos, Optional<String> payload, Optional<Boolean> retain) implements StepCheck {
        public PublishSeen { Objects.requireNonNull(topic, "topic"); }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.MessagePublished p && topicMatches(topic, p.topic())
                    && (qos.isEmpty() || qos.getAsInt() == p.qos())
                    && payload.map(x -> x.equals(p.payload())).orElse(true)
                    && retain.map(r -> r == p.retain()).orElse(true);
        }
    }

    /** A message delivered by the broker to a subscriber, on a topic matching {@code topic}. */
    record MessageReceived(String topic, OptionalInt qos, Optional<String> payload, Optional<Boolean> retain,
                           Optional<Boolean> dup) implements StepCheck {
        public MessageReceived { Objects.requireNonNull(topic, "topic"); }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.MessageDelivered d && topicMatches(topic, d.topic())
                    && (qos.isEmpty() || qos.getAsInt() == d.qos())
                    && payload.map(x -> x.equals(d.payload())).orElse(true)
                    && retain.map(r -> r == d.retain()).orElse(true)
                    && dup.map(x -> x == d.dup()).orElse(true);
        }
    }

    /** A retained message on a topic matching {@code topic}: published with RETAIN, or delivered as retained. */
    record RetainedPresent(String topic, Optional<String> payload) implements StepCheck {
        public RetainedPresent { Objects.requireNonNull(topic, "topic"); }
        public boolean satisfiedBy(LabEvent e) {
            if (e instanceof LabEvent.MessagePublished p) {
                return p.retain() && !p.payload().isEmpty() && topicMatches(topic, p.topic())
                        && payload.map(x -> x.equals(p.payload())).orElse(true);
            }
            return e instanceof LabEvent.MessageDelivered d && d.retain() && topicMatches(topic, d.topic())
                    && payload.map(x -> x.equals(d.payload())).orElse(true);
        }
    }

    /** A shell command named {@code name} whose arguments contain {@code contains} (case and spacing ignored). */
    record CommandRun(String name, Optional<String> contains) implements StepCheck {
        public CommandRun { name = name.toLowerCase(Locale.ROOT); }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.CommandRun c && nameMatches(c)
                    && contains.map(x -> squash(c.args()).contains(squash(x))).orElse(true);
        }
        boolean nameMatches(LabEvent.CommandRun c) {
            String n = c.name();
            return n.equals(name) || n.equals("mosquitto_" + name) || ("mosquitto_" + n).equals(name);
        }
    }

    /** The shell's decoder explained a packet (of {@code type}, if given). */
    record PacketDecoded(Optional<String> type) implements StepCheck {
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.PacketDecoded d && type.map(t -> t.equalsIgnoreCase(d.typeName())).orElse(true);
        }
    }

    /**
     * An answer equal to one of {@code accepted}, ignoring case, spaces, quotes and a final full stop;
     * yes and no in any of the words {@link YesNo} knows (so {@code 아니요} answers a "no").
     */
    record AnswerGiven(List<String> accepted) implements StepCheck {
        public AnswerGiven {
            accepted = List.copyOf(accepted);
            if (accepted.isEmpty()) throw new IllegalArgumentException("answer needs at least one text=");
        }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.AnswerTyped a && accepted.stream().anyMatch(x -> same(x, a.text()));
        }
        /** True when two answers say the same: equal once normalised, or the same yes or no. */
        public static boolean same(String a, String b) {
            if (normalise(a).equals(normalise(b))) return true;
            Optional<Boolean> x = YesNo.of(normalise(a)), y = YesNo.of(normalise(b));
            return x.isPresent() && x.equals(y);
        }
        public static String normalise(String s) {
            String t = squash(s);
            if (t.endsWith(".") && t.length() > 1) t = t.substring(0, t.length() - 1);
            while (t.length() > 1 && "\"'`".indexOf(t.charAt(0)) >= 0 && t.charAt(t.length() - 1) == t.charAt(0)) {
                t = t.substring(1, t.length() - 1);
            }
            return t.endsWith(".") && t.length() > 1 ? t.substring(0, t.length() - 1) : t;
        }
    }

    /** A packet on the wire: its type, direction ({@code inbound} = to the broker), DUP flag and QoS. */
    record PacketObserved(String type, Optional<Boolean> inbound, Optional<Boolean> dup, OptionalInt qos) implements StepCheck {
        public PacketObserved { type = type.toUpperCase(Locale.ROOT); }
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.PacketSeen p && p.typeName().equalsIgnoreCase(type)
                    && inbound.map(x -> x == p.inbound()).orElse(true)
                    && dup.map(x -> x == p.dup()).orElse(true)
                    && (qos.isEmpty() || qos.getAsInt() == p.qos());
        }
    }

    /** A client connected, with the clean-session flag and the CONNACK's session-present flag as asked. */
    record Connected(Optional<String> clientId, Optional<Boolean> cleanSession, Optional<Boolean> sessionPresent)
            implements StepCheck {
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.ClientConnected c && clientId.map(x -> x.equals(c.clientId())).orElse(true)
                    && cleanSession.map(x -> x == c.cleanSession()).orElse(true)
                    && sessionPresent.map(x -> x == c.sessionPresent()).orElse(true);
        }
    }

    /** A client went away, gracefully (DISCONNECT) or not, as asked. */
    record Disconnected(Optional<String> clientId, Optional<Boolean> graceful) implements StepCheck {
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.ClientDisconnected d && clientId.map(x -> x.equals(d.clientId())).orElse(true)
                    && graceful.map(x -> x == d.graceful()).orElse(true);
        }
    }

    /**
     * {@code probe PORT} found a broker on {@code port}; with {@code remote}, reachable (or not) from other
     * machines; with {@code published}, one that has received a PUBLISH from a client.
     */
    record BrokerProbed(int port, Optional<Boolean> remote, Optional<Boolean> published) implements StepCheck {
        public boolean satisfiedBy(LabEvent e) {
            return e instanceof LabEvent.BrokerProbed p && p.port() == port && p.answered()
                    && remote.map(r -> p.remote().equals(Optional.of(r))).orElse(true)
                    && published.map(x -> x == (p.publishesReceived() > 0)).orElse(true);
        }
    }

    /** Lower case, with every run of white space removed. */
    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** A check's topic is a filter when it holds wildcards, else it must be equal. */
    static boolean topicMatches(String pattern, String topic) {
        return pattern.contains("+") || pattern.contains("#") ? TopicFilter.isValid(pattern) && TopicMatcher.matches(pattern, topic) : pattern.equals(topic);
    }
}
