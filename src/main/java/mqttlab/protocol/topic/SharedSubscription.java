package mqttlab.protocol.topic;

import java.util.Objects;
import mqttlab.text.Phrase;

/**
 * An MQTT 5 shared subscription {@code $share/{ShareName}/{filter}} (section 4.8.2): the members of
 * a share group take turns receiving the messages that match {@code filter}. Like Mosquitto, the lab
 * treats a filter starting with {@code $share/} as shared for 3.1.1 clients too.
 *
 * @param shareName the group name: at least one character, no '/', '+' or '#' [MQTT-4.8.2-1] [MQTT-4.8.2-2]
 * @param filter    the topic filter that is matched against topic names
 */
public record SharedSubscription(String shareName, TopicFilter filter) {
    public static final String PREFIX = "$share/";

    public SharedSubscription {
        Objects.requireNonNull(shareName, "shareName");
        Objects.requireNonNull(filter, "filter");
        if (filter.isShared()) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.shared.shared"));
        TopicProblem p = check(PREFIX + shareName + "/" + filter.value());
        if (p != null) throw new InvalidTopicException(p);
    }

    /** Parses {@code $share/name/filter}; throws {@link InvalidTopicException} saying why when it is not valid. */
    public static SharedSubscription of(String text) {
        TopicProblem p = check(text);
        if (p != null) throw new InvalidTopicException(p);
        int slash = text.indexOf('/', PREFIX.length());
        return new SharedSubscription(text.substring(PREFIX.length(), slash), TopicFilter.of(text.substring(slash + 1)));
    }

    /** True when the text starts with {@code $share/}, so it must be a valid shared subscription. */
    public static boolean isShared(String filter) {
        return filter.startsWith(PREFIX);
    }

    /** The share name of a valid shared filter, or null when {@code filter} is not shared. */
    static String shareNameOf(String filter) {
        return isShared(filter) ? filter.substring(PREFIX.length(), filter.indexOf('/', PREFIX.length())) : null;
    }

    /** The part of a valid filter that is matched against topics: after {@code $share/name/}, or all of it. */
    static String matchPartOf(String filter) {
        return isShared(filter) ? filter.substring(filter.indexOf('/', PREFIX.length()) + 1) : filter;
    }

    /** Checks a text starting with {@code $share/}; null when valid. */
    static TopicProblem check(String text) {
        if (!isShared(text)) {
            return new TopicProblem(TopicProblem.SHARED, text, 0, "", -1,
                    new Phrase("topicrule.why.share.prefix"), "MQTT-4.8.2-1");
        }
        int start = PREFIX.length();
        int slash = text.indexOf('/', start);
        int nameEnd = slash < 0 ? text.length() : slash;
        if (nameEnd == start) {
            return new TopicProblem(TopicProblem.SHARED, text, 2, "", start,
                    new Phrase("topicrule.why.share.name.empty"), "MQTT-4.8.2-1");
        }
        for (int i = start; i < nameEnd; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return new TopicProblem(TopicProblem.SHARED, text, 2, TopicProblem.printable(text.substring(start, nameEnd)), i,
                        new Phrase("topicrule.why.null"), "MQTT-4.7.3-2");
            }
            if (c == '+' || c == '#') {
                return new TopicProblem(TopicProblem.SHARED, text, 2, text.substring(start, nameEnd), i,
                        new Phrase("topicrule.why.share.name.chars"), "MQTT-4.8.2-2");
            }
        }
        if (slash < 0) {
            return new TopicProblem(TopicProblem.SHARED, text, 2, text.substring(start, nameEnd), -1,
                    new Phrase("topicrule.why.share.name.end"), "MQTT-4.8.2-2");
        }
        return TopicValidator.check(TopicProblem.SHARED, text, slash + 1, true);
    }

    @Override
    public String toString() {
        return PREFIX + shareName + "/" + filter.value();
    }
}
