package mqttlab.protocol.topic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid topic filter as a SUBSCRIBE carries it, wildcards allowed: {@code +} occupies a whole
 * level [MQTT-4.7.1-3]; {@code #} is a whole level and the last one [MQTT-4.7.1-2]. A filter
 * starting with {@code $share/} is a shared subscription (section 4.8.2): {@link #shareName()} is its
 * group and {@link #matchPart()} the filter that is matched against topic names.
 *
 * @param value the filter as given, including any {@code $share/name/} prefix
 */
public record TopicFilter(String value) {
    public TopicFilter {
        Objects.requireNonNull(value, "value");
        TopicProblem p = TopicValidator.checkFilter(value);
        if (p != null) throw new InvalidTopicException(p);
    }

    /** The filter, or {@link InvalidTopicException} saying why it is not one. */
    public static TopicFilter of(String value) {
        return new TopicFilter(value);
    }

    /** Empty when {@code value} is a valid filter (shared or not), else why not. */
    public static Optional<TopicProblem> validate(String value) {
        return Optional.ofNullable(TopicValidator.checkFilter(value));
    }

    public static boolean isValid(String value) {
        return TopicValidator.checkFilter(value) == null;
    }

    public boolean isShared() {
        return SharedSubscription.isShared(value);
    }

    /** The share group of a {@code $share/name/filter}, or null. */
    public String shareName() {
        return SharedSubscription.shareNameOf(value);
    }

    /** What is matched against topic names: {@code value} without any {@code $share/name/} prefix. */
    public String matchPart() {
        return SharedSubscription.matchPartOf(value);
    }

    public boolean hasWildcards() {
        String m = matchPart();
        return m.indexOf('+') >= 0 || m.indexOf('#') >= 0;
    }

    /** The levels of {@link #matchPart()}. */
    public List<String> levels() {
        return Topics.split(matchPart());
    }

    public boolean matches(String topicName) {
        return TopicMatcher.matches(matchPart(), topicName);
    }

    public boolean matches(TopicName topic) {
        return matches(topic.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
