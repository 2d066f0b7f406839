package mqttlab.broker.auth;

/**
 * MQTT topic-filter matching for ACL rules: {@code +} is one level, {@code #} the rest (including
 * the parent level), and a filter starting with a wildcard does not match a topic starting with
 * {@code $} [MQTT-4.7.2-1]. A deliberately small, private copy so the ACL does not wait for
 * {@code mqttlab.protocol.topic}; swap it for TopicMatcher when that lands.
 */
final class AclTopicMatch {
    private AclTopicMatch() { }

    /** Does the topic name match the filter? */
    static boolean matches(String filter, String topic) {
        if (topic.startsWith("$") != filter.startsWith("$")) return false;
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) return true; // [MQTT-4.7.1-2] also matches the parent level
            if (i >= t.length) return false;
            if (!f[i].equals("+") && !f[i].equals(t[i])) return false;
        }
        return f.length == t.length;
    }

    /** A valid filter: not empty, {@code +} and {@code #} fill whole levels, {@code #} only last [MQTT-4.7.1-2, 4.7.1-3]. */
    static boolean validFilter(String filter) {
        if (filter.isEmpty()) return false;
        String[] f = filter.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            String level = f[i];
            if (level.contains("#") && (!level.equals("#") || i != f.length - 1)) return false;
            if (level.contains("+") && !level.equals("+")) return false;
        }
        return true;
    }
}
