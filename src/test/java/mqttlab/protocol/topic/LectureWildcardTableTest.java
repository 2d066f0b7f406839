package mqttlab.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lecture's wildcard table for the topic a/b/c/d, pinned with the answers the standard gives.
 * The lecture lists a+/c/d, a/+/+d and +/+/+ as matching and b+/c/d as not matching; in fact
 * a+/c/d, a/+/+d and b+/c/d are not valid filters at all ('+' must occupy a whole level,
 * [MQTT-4.7.1-3]) and +/+/+ has three levels against the topic's four, so it does not match.
 */
class LectureWildcardTableTest {
    private static final String TOPIC = "a/b/c/d";

    @ParameterizedTest(name = "{0}: lecture says {1}, standard says {2}")
    @DisplayName("lecture table, topic a/b/c/d [MQTT-4.7.1-2] [MQTT-4.7.1-3]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a/b/c/d  | match    | match
            +/b/c/d  | match    | match
            a+/c/d   | match    | invalid
            a/+/+d   | match    | invalid
            +/+/+    | match    | no match
            "#"      | match    | match
            a/#      | match    | match
            a/b/#    | match    | match
            a/b/c/#  | match    | match
            +/b/c/#  | match    | match
            a/b/c    | no match | no match
            b+/c/d   | no match | invalid
            +/+      | no match | no match
            """)
    void lectureTable(String filter, String lecture, String standard) {
        TopicProblem problem = TopicValidator.checkFilter(filter);
        switch (standard) {
            case "invalid" -> {
                assertNotNull(problem, filter + " must be rejected");
                assertEquals("MQTT-4.7.1-3", problem.rule());
                assertEquals(filter.lastIndexOf('+'), problem.index(), "points at the offending '+'");
                assertTrue(problem.describe().contains("'+' must occupy a whole level"), problem.describe());
            }
            case "match" -> {
                assertNull(problem);
                assertTrue(TopicMatcher.matches(filter, TOPIC));
                assertTrue(TopicMatcher.explain(filter, TOPIC).matches());
            }
            default -> {
                assertNull(problem);
                assertFalse(TopicMatcher.matches(filter, TOPIC));
                assertFalse(TopicMatcher.explain(filter, TOPIC).matches());
            }
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the lecture's errors, spelled out [MQTT-4.7.1-3]")
    void theLecturesErrorsSpelledOut() {
        assertEquals("topic filter \"a+/c/d\" is invalid: level 1 \"a+\", character 2: "
                + "'+' must occupy a whole level on its own, as in a/+/c [MQTT-4.7.1-3]",
                TopicValidator.checkFilter("a+/c/d").describe());
        assertEquals("topic filter \"a/+/+d\" is invalid: level 3 \"+d\", character 5: "
                + "'+' must occupy a whole level on its own, as in a/+/c [MQTT-4.7.1-3]",
                TopicValidator.checkFilter("a/+/+d").describe());
        assertEquals("topic filter \"b+/c/d\" is invalid: level 1 \"b+\", character 2: "
                + "'+' must occupy a whole level on its own, as in a/+/c [MQTT-4.7.1-3]",
                TopicValidator.checkFilter("b+/c/d").describe());
        MatchExplanation e = TopicMatcher.explain("+/+/+", TOPIC);
        assertEquals(4, e.steps().size());
        assertEquals(MatchStep.Kind.FILTER_TOO_SHORT, e.failure().kind());
        assertEquals("d", e.failure().topicLevel());
        assertEquals("+/+/+ does not match a/b/c/d: level 4, the filter ends; only '#' matches more levels", e.summary());
    }
}
