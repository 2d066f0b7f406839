package mqttlab.protocol.topic;

import java.util.List;

/**
 * How two topic filters relate, by the matching rules of section 4.7: whether one matches every
 * topic the other does ({@link #covers}), and whether any topic matches both ({@link #overlaps}).
 * An ACL needs this to judge a subscription, which names topics by a filter, not one by one.
 * A filter starting with a wildcard matches no topic starting with '$' [MQTT-4.7.2-1].
 */
public final class FilterRelations {
    private FilterRelations() {}

    /** True when every topic name {@code specific} matches is matched by {@code general} too. */
    public static boolean covers(String general, String specific) {
        List<String> g = Topics.split(general), s = Topics.split(specific);
        boolean dollar = s.get(0).startsWith("$");
        for (int i = 0; ; i++) {
            String gi = i < g.size() ? g.get(i) : null;
            String si = i < s.size() ? s.get(i) : null;
            if ("#".equals(gi)) return !(i == 0 && dollar); // '#' also matches the parent level: a/# matches a
            if (si == null || gi == null) return si == null && gi == null;
            if (si.equals("#")) return false;                // any depth, where general has a fixed one
            if (gi.equals("+")) {
                if (i == 0 && dollar) return false;
                continue;
            }
            if (si.equals("+") || !gi.equals(si)) return false;
        }
    }

    /** True when some topic name matches both filters. */
    public static boolean overlaps(String a, String b) {
        List<String> x = Topics.split(a), y = Topics.split(b);
        for (int i = 0; ; i++) {
            String xi = i < x.size() ? x.get(i) : null;
            String yi = i < y.size() ? y.get(i) : null;
            if ("#".equals(xi) || "#".equals(yi)) {
                String other = "#".equals(xi) ? yi : xi;
                return !(i == 0 && other != null && other.startsWith("$"));
            }
            if (xi == null || yi == null) return xi == null && yi == null;
            if (xi.equals("+") || yi.equals("+")) {
                String other = xi.equals("+") ? yi : xi;
                if (i == 0 && other.startsWith("$")) return false;
                continue;
            }
            if (!xi.equals(yi)) return false;
        }
    }
}
