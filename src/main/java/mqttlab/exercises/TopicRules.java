package mqttlab.exercises;

import java.util.Optional;
import mqttlab.protocol.topic.TopicFilter;
import mqttlab.protocol.topic.TopicMatcher;

/**
 * Topic filters as graders need them, MQTT 3.1.1 section 4.7: whether a filter is valid and whether it
 * matches are decided by the lab's own {@link TopicFilter} and {@link TopicMatcher} (what the broker
 * uses); this class adds the one-line, level-by-level reasons the graders' messages quote.
 */
public final class TopicRules {
    private TopicRules() {
    }

    /** Why the filter is not a valid topic filter, or empty when it is. */
    public static Optional<String> filterProblem(String filter) {
        Optional<String> mine = localProblem(filter);
        if (mine.isEmpty() && !TopicFilter.isValid(filter)) return TopicFilter.validate(filter).map(p -> p.describe());
        return mine;
    }

    private static Optional<String> localProblem(String filter) {
        if (filter.isEmpty()) return Optional.of("a topic filter must be at least one character long [MQTT-4.7.3-1]");
        if (filter.indexOf('\0') >= 0) return Optional.of("a topic filter must not contain the null character [MQTT-4.7.3-2]");
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.contains("#") && !l.equals("#")) {
                return Optional.of("level " + (i + 1) + " '" + l + "': '#' must fill a whole level on its own [MQTT-4.7.1-2]");
            }
            if (l.equals("#") && i != levels.length - 1) {
                return Optional.of("'#' at level " + (i + 1) + " is not the last level; '#' must come last [MQTT-4.7.1-2]");
            }
            if (l.contains("+") && !l.equals("+")) {
                return Optional.of("level " + (i + 1) + " '" + l + "': '+' must fill a whole level on its own [MQTT-4.7.1-3]");
            }
        }
        return Optional.empty();
    }

    public static boolean matches(String filter, String topic) {
        return filterProblem(filter).isEmpty() && TopicMatcher.matches(filter, topic);
    }

    /** The outcome (the lab's matcher's), with the level-by-level reason. */
    public static Match explain(String filter, String topic) {
        Match m = reason(filter, topic);
        boolean truth = matches(filter, topic);
        return m.matches() == truth ? m : new Match(truth, TopicMatcher.explain(filter, topic).summary());
    }

    private static Match reason(String filter, String topic) {
        Optional<String> bad = filterProblem(filter);
        if (bad.isPresent()) return new Match(false, "the filter is invalid: " + bad.get());
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return new Match(false, "a topic starting with '$' is never matched by a filter starting with a wildcard [MQTT-4.7.2-1]");
        }
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                if (i >= t.length) return new Match(true, "'#' at level " + (i + 1) + " also matches its parent level '"
                        + String.join("/", java.util.Arrays.copyOf(t, t.length)) + "'");
                return new Match(true, "'#' at level " + (i + 1) + " takes the rest of the topic: '" + tail(t, i) + "'");
            }
            if (i >= t.length) {
                return new Match(false, "the topic has " + t.length + " levels but the filter wants a level " + (i + 1) + " ('" + f[i] + "')");
            }
            if (f[i].equals("+")) continue;
            if (!f[i].equals(t[i])) {
                String caseNote = f[i].equalsIgnoreCase(t[i]) ? " (topics are case-sensitive)" : "";
                return new Match(false, "level " + (i + 1) + ": the filter says '" + f[i] + "', the topic says '" + t[i] + "'" + caseNote);
            }
        }
        if (t.length > f.length) {
            return new Match(false, "the filter stops after " + f.length + " levels, the topic goes on with '" + tail(t, f.length)
                    + "' (only '#' covers further levels; '+' is exactly one level)");
        }
        return new Match(true, "every level matches (" + f.length + " levels, '+' takes one level each)");
    }

    private static String tail(String[] t, int from) {
        return String.join("/", java.util.Arrays.copyOfRange(t, from, t.length));
    }

    public record Match(boolean matches, String reason) {
    }
}
