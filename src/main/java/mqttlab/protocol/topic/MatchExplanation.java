package mqttlab.protocol.topic;

import java.util.List;
import java.util.Objects;

/**
 * A match of a filter against a topic name, level by level. The steps stop at the first level that
 * decides a mismatch; for a match they cover every level ('#' covers the rest in one step).
 *
 * @param filter  the filter that was matched (without any {@code $share/name/} prefix)
 * @param topic   the topic name
 * @param matches the answer, always equal to {@link TopicMatcher#matches(String, String)}
 * @param steps   one per level compared
 */
public record MatchExplanation(String filter, String topic, boolean matches, List<MatchStep> steps) {
    public MatchExplanation {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(topic, "topic");
        steps = List.copyOf(steps);
    }

    /** The step that decided a mismatch, or null when it matches. */
    public MatchStep failure() {
        return matches || steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** One sentence: {@code a/+/c/# matches a/b/c/d}, or why not, naming the level. */
    public String summary() {
        if (matches) return filter + " matches " + topic;
        MatchStep f = failure();
        return filter + " does not match " + topic + ": level " + f.level() + ", " + f.reason()
                + (f.rule() == null ? "" : " [" + f.rule() + "]");
    }
}
