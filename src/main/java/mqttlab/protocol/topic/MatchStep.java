package mqttlab.protocol.topic;

import static mqttlab.text.Text.t;

/**
 * One level of a {@link MatchExplanation}: the filter's level, the topic's level, and why they do or
 * do not match. {@code filterLevel} or {@code topicLevel} is null when that side has no such level;
 * for {@link Kind#MULTI} {@code topicLevel} is the whole rest of the topic that '#' takes.
 */
public record MatchStep(int level, String filterLevel, String topicLevel, Kind kind) {

    public enum Kind {
        /** Literal level equal to the topic's. */
        SAME(true),
        /** Literal level different from the topic's: no match. */
        DIFFERENT(false),
        /** '+' takes exactly this one level (which may be empty). */
        SINGLE(true),
        /** '#' takes this level and every level after it. */
        MULTI(true),
        /** '#' after the topic's last level: it matches zero levels, so {@code sport/#} matches {@code sport}. */
        MULTI_PARENT(true),
        /** The filter needs this level but the topic has ended. */
        TOPIC_TOO_SHORT(false),
        /** The topic goes on but the filter has ended (and its last level was not '#'). */
        FILTER_TOO_SHORT(false),
        /** A filter starting with a wildcard against a topic starting with '$' [MQTT-4.7.2-1]. */
        DOLLAR(false);

        private final boolean ok;

        Kind(boolean ok) {
            this.ok = ok;
        }

        public boolean ok() {
            return ok;
        }
    }

    public boolean ok() {
        return kind.ok();
    }

    /** Why, in a few words (under 50 characters, so a table row fits 80 columns). */
    public String reason() {
        return switch (kind) {
            case SAME -> t("match.step.same");
            case DIFFERENT -> t("match.step.different");
            case SINGLE -> t(topicLevel.isEmpty() ? "match.step.single.empty" : "match.step.single");
            case MULTI -> {
                int n = 1;
                for (int i = 0; i < topicLevel.length(); i++) if (topicLevel.charAt(i) == '/') n++;
                yield n == 1 ? t("match.step.multi.one") : t("match.step.multi", n);
            }
            case MULTI_PARENT -> t("match.step.multi.parent");
            case TOPIC_TOO_SHORT -> t("+".equals(filterLevel) ? "match.step.plus.short" : level == 2 ? "match.step.topic.short.one" : "match.step.topic.short", level - 1);
            case FILTER_TOO_SHORT -> t("match.step.filter.short");
            case DOLLAR -> t("match.step.dollar");
        };
    }

    /** The spec statement behind this step, or null when it is plain comparison. */
    public String rule() {
        return switch (kind) {
            case SINGLE -> "MQTT-4.7.1-3";
            case MULTI, MULTI_PARENT -> "MQTT-4.7.1-2";
            case DOLLAR -> "MQTT-4.7.2-1";
            default -> null;
        };
    }
}
