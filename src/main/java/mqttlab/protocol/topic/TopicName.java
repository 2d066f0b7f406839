package mqttlab.protocol.topic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid topic name: what a PUBLISH is sent to. At least one character [MQTT-4.7.3-1], no U+0000
 * [MQTT-4.7.3-2], at most 65,535 UTF-8 bytes [MQTT-4.7.3-3], no wildcards [MQTT-3.3.2-2]. Empty
 * levels are allowed: {@code /125/sensor1} has an empty first level.
 */
public record TopicName(String value) {
    public TopicName {
        Objects.requireNonNull(value, "value");
        TopicProblem p = TopicValidator.checkName(value);
        if (p != null) throw new InvalidTopicException(p);
    }

    /** The name, or {@link InvalidTopicException} saying why it is not one. */
    public static TopicName of(String value) {
        return new TopicName(value);
    }

    /** Empty when {@code value} is a valid topic name, else why not. */
    public static Optional<TopicProblem> validate(String value) {
        return Optional.ofNullable(TopicValidator.checkName(value));
    }

    public static boolean isValid(String value) {
        return TopicValidator.checkName(value) == null;
    }

    /** Topics beginning with '$' ($SYS/...) are not matched by filters that start with a wildcard [MQTT-4.7.2-1]. */
    public boolean isDollar() {
        return value.charAt(0) == '$';
    }

    /** The levels between the '/' separators; {@code a//b} has three, the middle one empty. */
    public List<String> levels() {
        return Topics.split(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
