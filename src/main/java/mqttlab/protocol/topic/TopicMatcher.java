package mqttlab.protocol.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a topic filter against a topic name (MQTT section 4.7). Both are expected to be valid and
 * the filter to be a plain one (for {@code $share/name/f} pass {@link TopicFilter#matchPart()}).
 * <ul>
 *   <li>{@code +} matches exactly one level, including an empty one [MQTT-4.7.1-3];</li>
 *   <li>{@code #} matches its level and everything below, and also the parent: {@code sport/#}
 *       matches {@code sport} [MQTT-4.7.1-2];</li>
 *   <li>a filter starting with a wildcard does not match a topic starting with '$' [MQTT-4.7.2-1].</li>
 * </ul>
 */
public final class TopicMatcher {
    private TopicMatcher() {
    }

    /** The fast answer: walks both strings once, allocates nothing. */
    public static boolean matches(String filter, String topic) {
        int fl = filter.length();
        int tl = topic.length();
        if (fl == 0 || tl == 0) return false;
        char first = filter.charAt(0);
        if (topic.charAt(0) == '$' && (first == '+' || first == '#')) return false;
        int f = 0;
        int t = 0;
        while (true) {
            // f and t are at the start of a level.
            if (f < fl && filter.charAt(f) == '#') return true;
            if (f < fl && filter.charAt(f) == '+') {
                f++;
                while (t < tl && topic.charAt(t) != '/') t++;
            } else {
                while (f < fl && filter.charAt(f) != '/') {
                    if (t >= tl || topic.charAt(t) != filter.charAt(f)) return false;
                    f++;
                    t++;
                }
                if (t < tl && topic.charAt(t) != '/') return false;
            }
            // Both at a '/' or at their end.
            boolean filterEnded = f >= fl;
            boolean topicEnded = t >= tl;
            if (filterEnded || topicEnded) {
                if (filterEnded) return topicEnded;
                return f + 2 == fl && filter.charAt(f + 1) == '#'; // "sport/#" matches "sport"
            }
            f++;
            t++;
        }
    }

    public static boolean matches(TopicFilter filter, TopicName topic) {
        return matches(filter.matchPart(), topic.value());
    }

    /** The same answer as {@link #matches(String, String)}, with the reason for each level. */
    public static MatchExplanation explain(String filter, String topic) {
        List<String> f = Topics.split(filter);
        List<String> t = Topics.split(topic);
        List<MatchStep> steps = new ArrayList<>();
        String first = f.get(0);
        if (topic.startsWith("$") && (first.equals("+") || first.equals("#"))) {
            steps.add(new MatchStep(1, first, t.get(0), MatchStep.Kind.DOLLAR));
            return new MatchExplanation(filter, topic, false, steps);
        }
        for (int i = 0; ; i++) {
            int level = i + 1;
            if (i == f.size()) {
                if (i == t.size()) return new MatchExplanation(filter, topic, true, steps);
                steps.add(new MatchStep(level, null, t.get(i), MatchStep.Kind.FILTER_TOO_SHORT));
                return new MatchExplanation(filter, topic, false, steps);
            }
            String fl = f.get(i);
            if (fl.equals("#")) {
                if (i == t.size()) {
                    steps.add(new MatchStep(level, fl, null, MatchStep.Kind.MULTI_PARENT));
                } else {
                    steps.add(new MatchStep(level, fl, String.join("/", t.subList(i, t.size())), MatchStep.Kind.MULTI));
                }
                return new MatchExplanation(filter, topic, true, steps);
            }
            if (i == t.size()) {
                steps.add(new MatchStep(level, fl, null, MatchStep.Kind.TOPIC_TOO_SHORT));
                return new MatchExplanation(filter, topic, false, steps);
            }
            String tl = t.get(i);
            if (fl.equals("+")) {
                steps.add(new MatchStep(level, fl, tl, MatchStep.Kind.SINGLE));
            } else if (fl.equals(tl)) {
                steps.add(new MatchStep(level, fl, tl, MatchStep.Kind.SAME));
            } else {
                steps.add(new MatchStep(level, fl, tl, MatchStep.Kind.DIFFERENT));
                return new MatchExplanation(filter, topic, false, steps);
            }
        }
    }

    public static MatchExplanation explain(TopicFilter filter, TopicName topic) {
        return explain(filter.matchPart(), topic.value());
    }
}
