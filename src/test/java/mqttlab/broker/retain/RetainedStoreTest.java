package mqttlab.broker.retain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import mqttlab.protocol.topic.TopicMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetainedStoreTest {
    private static final List<String> TOPICS = List.of("a", "a/b", "a/b/c", "a//c", "/a", "b/c", "$SYS/broker/uptime",
            "$SYS/x", "sport", "sport/", "sport/tennis/player1", "온도/125");

    private static RetainedStore<String> filled() {
        RetainedStore<String> s = new RetainedStore<>();
        for (String t : TOPICS) s.put(t, t);
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("match(filter) returns exactly the topics TopicMatcher matches [MQTT-4.7.1-2] [MQTT-4.7.2-1]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "#"
            +
            +/+
            a/#
            a/+
            a/+/c
            +/a
            $SYS/#
            $SYS/+
            +/broker/uptime
            sport/#
            sport/+
            a/b/c
            nothing/#
            /#
            +/#
            온도/+
            """)
    void matchAgreesWithMatcher(String filter) {
        Set<String> expected = new HashSet<>();
        for (String t : TOPICS) if (TopicMatcher.matches(filter, t)) expected.add(t);
        List<String> got = filled().match(filter);
        assertEquals(expected, new HashSet<>(got));
        assertEquals(expected.size(), got.size(), "no duplicates");
    }

    @Test
    @DisplayName("'#' does not return $SYS topics; $SYS/# does [MQTT-4.7.2-1]")
    void dollar() {
        RetainedStore<String> s = filled();
        assertTrue(s.match("#").stream().noneMatch(t -> t.startsWith("$")));
        assertEquals(Set.of("$SYS/broker/uptime", "$SYS/x"), new HashSet<>(s.match("$SYS/#")));
    }

    @Test
    @DisplayName("put replaces, get, remove, count, all")
    void basics() {
        RetainedStore<String> s = new RetainedStore<>();
        s.put("a/b", "1");
        s.put("a/b", "2");
        assertEquals(1, s.count());
        assertEquals("2", s.get("a/b"));
        assertNull(s.get("a"));
        assertNull(s.get("a/b/c"));
        s.put("a", "3");
        assertEquals(Set.of("2", "3"), new HashSet<>(s.all()));
        s.remove("a/b/c");
        s.remove("zzz");
        assertEquals(2, s.count());
        s.remove("a");
        assertEquals("2", s.get("a/b"), "removing a parent keeps its children");
        s.remove("a/b");
        assertEquals(0, s.count());
        assertTrue(s.isEmpty());
    }

    @Test
    @DisplayName("100,000 put/remove cycles leave the store empty (pruned)")
    void churn() {
        RetainedStore<Integer> s = new RetainedStore<>();
        Random r = new Random(7);
        Set<String> live = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String t = "b/" + r.nextInt(40) + "/" + (r.nextBoolean() ? "" : "s" + r.nextInt(20)) + "/t";
            if (r.nextInt(3) == 0) {
                s.remove(t);
                live.remove(t);
            } else {
                s.put(t, i);
                live.add(t);
            }
        }
        assertEquals(live.size(), s.count());
        for (String t : live) s.remove(t);
        assertTrue(s.isEmpty());
    }
}
