package mqttlab.lessons;

/**
 * The little topic matching a step check needs: does a filter (with {@code +} and {@code #}) match a
 * topic, and is a filter well formed. The protocol package owns the full, explained matcher; this
 * copy keeps lessons free of a dependency on it.
 */
final class TopicPattern {
    private TopicPattern() {}

    /** True if {@code filter} matches {@code topic} by the spec's rules [MQTT-4.7.1-2], [MQTT-4.7.1-3]. */
    static boolean matches(String filter, String topic) {
        if (!isValidFilter(filter)) return false;
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) return false; // [MQTT-4.7.2-1]
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) return true;                 // also matches the parent level
            if (i >= t.length) return false;
            if (!f[i].equals("+") && !f[i].equals(t[i])) return false;
        }
        return f.length == t.length;
    }

    /** A filter is valid when {@code +} and {@code #} fill a whole level and {@code #} comes last. */
    static boolean isValidFilter(String filter) {
        if (filter.isEmpty()) return false;
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.contains("#") && (!l.equals("#") || i != levels.length - 1)) return false;
            if (l.contains("+") && !l.equals("+")) return false;
        }
        return true;
    }

    static boolean hasWildcard(String s) {
        return s.contains("+") || s.contains("#");
    }
}
