package mqttlab.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast matcher, the explaining one and a plain reference implementation always agree. */
class TopicMatcherPropertiesTest {

    @Property(tries = 3000)
    @Label("matches == explain().matches == reference, for generated filters and topics")
    void agree(@ForAll("filters") String filter, @ForAll("topics") String topic) {
        boolean expected = reference(filter, topic);
        assertEquals(expected, TopicMatcher.matches(filter, topic), filter + " vs " + topic);
        MatchExplanation e = TopicMatcher.explain(filter, topic);
        assertEquals(expected, e.matches(), e.summary());
        if (!expected) assertEquals(false, e.failure().ok());
        else e.steps().forEach(s -> assertEquals(true, s.ok()));
    }

    @Property(tries = 1000)
    @Label("a generated filter is valid; a filter equal to the topic always matches it")
    void valid(@ForAll("filters") String filter, @ForAll("topics") String topic) {
        assertEquals(null, TopicValidator.checkFilter(filter));
        assertEquals(null, TopicValidator.checkName(topic));
        assertEquals(true, TopicMatcher.matches(topic, topic));
    }

    /** Straight from the definitions in section 4.7, on split levels. */
    static boolean reference(String filter, String topic) {
        List<String> f = Topics.split(filter);
        List<String> t = Topics.split(topic);
        if (topic.startsWith("$") && (f.get(0).equals("+") || f.get(0).equals("#"))) return false;
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).equals("#")) return true;
            if (i >= t.size()) return false;
            if (!f.get(i).equals("+") && !f.get(i).equals(t.get(i))) return false;
        }
        return f.size() == t.size();
    }

    private static Arbitrary<String> level() {
        return Arbitraries.of("", "a", "b", "ab", "$SYS", "$x", "온도", " ");
    }

    @Provide
    Arbitrary<String> topics() {
        return level().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("/", l)).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> filters() {
        Arbitrary<String> lvl = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, level()), net.jqwik.api.Tuple.of(3, Arbitraries.just("+")));
        return lvl.list().ofMinSize(1).ofMaxSize(5)
                .flatMap(l -> Arbitraries.of(true, false).map(hash -> {
                    String s = String.join("/", l);
                    if (hash) s = s.isEmpty() && l.size() == 1 ? "#" : s + "/#";
                    return s.isEmpty() ? "+" : s;
                }));
    }
}
