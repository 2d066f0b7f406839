package mqttlab.shell.mqtt;

/**
 * The few topic rules the clients check before sending, with mosquitto_sub/pub's messages.
 * (The full, explained matcher lives in {@code mqttlab.protocol.topic}; this is the small check the
 * client tools need to refuse a bad topic the way mosquitto's tools do.)
 */
public final class Topics {
    private Topics() { }

    /** A topic name to publish to: not empty, no wildcards [MQTT-3.3.2-2]. */
    public static boolean validTopicName(String t) {
        return t != null && !t.isEmpty() && t.indexOf('+') < 0 && t.indexOf('#') < 0 && t.indexOf('\0') < 0;
    }

    /** A topic filter: '#' only last and alone in its level, '+' alone in its level [MQTT-4.7.1-1], [MQTT-4.7.1-2]. */
    public static boolean validFilter(String f) {
        if (f == null || f.isEmpty() || f.indexOf('\0') >= 0) return false;
        String[] levels = f.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.contains("#") && (!l.equals("#") || i != levels.length - 1)) return false;
            if (l.contains("+") && !l.equals("+")) return false;
        }
        return true;
    }

    /** Whether a topic name matches a filter; '$' topics match no leading wildcard [MQTT-4.7.2-1]. */
    public static boolean matches(String filter, String topic) {
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        if (!topic.isEmpty() && topic.charAt(0) == '$' && (f[0].equals("+") || f[0].equals("#"))) return false;
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) return true;
            if (i >= t.length) return false;
            if (!f[i].equals("+") && !f[i].equals(t[i])) return false;
        }
        return f.length == t.length;
    }
}
