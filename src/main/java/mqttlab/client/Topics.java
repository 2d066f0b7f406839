package mqttlab.client;

import mqttlab.protocol.topic.TopicFilter;
import mqttlab.protocol.topic.TopicMatcher;
import mqttlab.protocol.topic.TopicName;

/**
 * The few topic rules the clients check before sending, with mosquitto_sub/pub's messages.
 * The rules themselves are {@code mqttlab.protocol.topic}'s.
 */
public final class Topics {
    private Topics() { }

    /** A topic name to publish to: not empty, no wildcards [MQTT-3.3.2-2]. */
    public static boolean validTopicName(String t) {
        return t != null && TopicName.isValid(t);
    }

    /** A topic filter: '#' only last and alone in its level, '+' alone in its level [MQTT-4.7.1-1], [MQTT-4.7.1-2]. */
    public static boolean validFilter(String f) {
        return f != null && TopicFilter.isValid(f);
    }

    /** Whether a topic name matches a filter; '$' topics match no leading wildcard [MQTT-4.7.2-1]. */
    public static boolean matches(String filter, String topic) {
        return TopicFilter.isValid(filter) && TopicMatcher.matches(TopicFilter.of(filter).matchPart(), topic);
    }
}
