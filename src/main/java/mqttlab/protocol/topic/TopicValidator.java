package mqttlab.protocol.topic;

import mqttlab.text.Phrase;

/**
 * The rules of MQTT 3.1.1 / 5.0 section 4.7 (and 4.8.2 for shared subscriptions), checked in one
 * pass without allocating unless something is wrong. Each check returns {@code null} when the text
 * is valid, else the first {@link TopicProblem}.
 */
public final class TopicValidator {
    /** Longest topic in UTF-8 bytes: a two-byte length prefix [MQTT-4.7.3-3]. */
    public static final int MAX_BYTES = 65_535;

    private TopicValidator() {
    }

    /** A topic name as PUBLISH carries it: no wildcards [MQTT-3.3.2-2]. */
    public static TopicProblem checkName(String name) {
        return check(TopicProblem.NAME, name, 0, false);
    }

    /** A topic filter as SUBSCRIBE / UNSUBSCRIBE carry it; a {@code $share/...} one is checked as a shared subscription. */
    public static TopicProblem checkFilter(String filter) {
        if (SharedSubscription.isShared(filter)) return SharedSubscription.check(filter);
        return check(TopicProblem.FILTER, filter, 0, true);
    }

    /**
     * Checks {@code input} from index {@code from} on (a shared subscription's filter starts after
     * {@code $share/name/}); levels and indexes in the problem count from the start of {@code input}.
     */
    static TopicProblem check(String kind, String input, int from, boolean filter) {
        int end = input.length();
        if (from >= end) {
            return new TopicProblem(kind, input, 0, "", -1,
                    new Phrase(from == 0 ? "topicrule.why.empty" : "topicrule.why.share.filter.empty"), "MQTT-4.7.3-1");
        }
        if (end > MAX_BYTES / 3) {
            int bytes = utf8Length(input);
            if (bytes > MAX_BYTES) {
                return new TopicProblem(kind, input, 0, "", -1,
                        new Phrase("topicrule.why.too.long", bytes, MAX_BYTES), "MQTT-4.7.3-3");
            }
        }
        int levelStart = from;
        for (int i = from; i < end; i++) {
            char c = input.charAt(i);
            switch (c) {
                case '/' -> levelStart = i + 1;
                case '\u0000' -> {
                    return at(kind, input, levelStart, i, new Phrase("topicrule.why.null"), "MQTT-4.7.3-2");
                }
                case '+' -> {
                    if (!filter) return wildcardInName(kind, input, levelStart, i, c);
                    if (i != levelStart || (i + 1 < end && input.charAt(i + 1) != '/')) {
                        return at(kind, input, levelStart, i,
                                new Phrase("topicrule.why.plus.whole"), "MQTT-4.7.1-3");
                    }
                }
                case '#' -> {
                    if (!filter) return wildcardInName(kind, input, levelStart, i, c);
                    if (i != levelStart || (i + 1 < end && input.charAt(i + 1) != '/')) {
                        return at(kind, input, levelStart, i,
                                new Phrase("topicrule.why.hash.whole"), "MQTT-4.7.1-2");
                    }
                    if (i + 1 < end) {
                        return at(kind, input, levelStart, i,
                                new Phrase("topicrule.why.hash.last"), "MQTT-4.7.1-2");
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(input.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        return at(kind, input, levelStart, i,
                                new Phrase("topicrule.why.surrogate"), "MQTT-1.5.3-1");
                    }
                }
            }
        }
        return null;
    }

    private static TopicProblem wildcardInName(String kind, String input, int levelStart, int i, char c) {
        return at(kind, input, levelStart, i, new Phrase("topicrule.why.wildcard.in.name", String.valueOf(c)), "MQTT-3.3.2-2");
    }

    private static TopicProblem at(String kind, String input, int levelStart, int index, Phrase reason, String rule) {
        int level = 1;
        for (int i = 0; i < levelStart; i++) if (input.charAt(i) == '/') level++;
        int levelEnd = input.indexOf('/', index);
        String levelText = input.substring(levelStart, levelEnd < 0 ? input.length() : levelEnd);
        return new TopicProblem(kind, input, level, TopicProblem.printable(levelText), index, reason, rule);
    }

    /** Length in UTF-8 bytes, counted without encoding (a lone surrogate, already invalid, counts 3). */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
