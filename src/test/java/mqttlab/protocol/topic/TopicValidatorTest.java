package mqttlab.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of names, filters and shared subscriptions: each invalid input names its level, character and rule. */
class TopicValidatorTest {

    @ParameterizedTest(name = "filter {0} -> [{1}] at level {2}, index {3}")
    @DisplayName("invalid topic filters (mosquitto TEST_invalid, TEST_invalid_but_matching, Moquette testValidationProcess)")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            foo#            | MQTT-4.7.1-2 | 1 | 3
            fo#o/           | MQTT-4.7.1-2 | 1 | 2
            foo+            | MQTT-4.7.1-3 | 1 | 3
            foo/#a          | MQTT-4.7.1-2 | 2 | 4
            "#a"            | MQTT-4.7.1-2 | 1 | 0
            foo/#abc        | MQTT-4.7.1-2 | 2 | 4
            /#a             | MQTT-4.7.1-2 | 2 | 1
            +foo            | MQTT-4.7.1-3 | 1 | 0
            fo+o            | MQTT-4.7.1-3 | 1 | 2
            +foo/bar        | MQTT-4.7.1-3 | 1 | 0
            foo/+bar        | MQTT-4.7.1-3 | 2 | 4
            foo/bar+        | MQTT-4.7.1-3 | 2 | 7
            "#foo/bar"      | MQTT-4.7.1-2 | 1 | 0
            foo/bar#        | MQTT-4.7.1-2 | 2 | 7
            finance/#/closingprice | MQTT-4.7.1-2 | 2 | 8
            finance#        | MQTT-4.7.1-2 | 1 | 7
            /finance/#closingprice | MQTT-4.7.1-2 | 3 | 9
            finance+        | MQTT-4.7.1-3 | 1 | 7
            "#/"            | MQTT-4.7.1-2 | 1 | 0
            a/++/b          | MQTT-4.7.1-3 | 2 | 2
            """)
    void invalidFilters(String filter, String rule, int level, int index) {
        TopicProblem p = TopicFilter.validate(filter).orElseThrow();
        assertEquals(rule, p.rule(), p.describe());
        assertEquals(level, p.level(), p.describe());
        assertEquals(index, p.index(), p.describe());
        assertTrue(p.describe().endsWith("[" + rule + "]"));
        InvalidTopicException ex = assertThrows(InvalidTopicException.class, () -> TopicFilter.of(filter));
        assertEquals(p, ex.problem());
    }

    @ParameterizedTest(name = "valid filter {0}")
    @DisplayName("valid filters, empty levels allowed [MQTT-4.7.1-2] [MQTT-4.7.1-3]")
    @ValueSource(strings = {"#", "+", "/", "//", "+/+", "/+", "+/", "a//b", "a/+/#", "+/#", "$SYS/#", "a b/ c",
            "온도/+/센서", "$share", "$shared/x/#", "finance/+"})
    void validFilters(String filter) {
        assertNull(TopicValidator.checkFilter(filter));
        assertEquals(filter, TopicFilter.of(filter).value());
    }

    @ParameterizedTest(name = "topic name {0} -> level {1}, index {2}")
    @DisplayName("no wildcards in a topic name [MQTT-3.3.2-2]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a/+/c   | 2 | 2
            "#"     | 1 | 0
            foo/#   | 2 | 4
            a+      | 1 | 1
            x/y/z#  | 3 | 5
            """)
    void wildcardsInNames(String name, int level, int index) {
        TopicProblem p = TopicName.validate(name).orElseThrow();
        assertEquals("MQTT-3.3.2-2", p.rule());
        assertEquals(level, p.level());
        assertEquals(index, p.index());
        assertEquals(TopicProblem.NAME, p.kind());
    }

    @ParameterizedTest(name = "valid topic name {0}")
    @DisplayName("topic names: empty levels, spaces, '$', any Unicode")
    @ValueSource(strings = {"/", "a", "/125/sensor1/temperature", "a//b", "$SYS/broker/uptime", "sport/", " ", "온도", "😀/x"})
    void validNames(String name) {
        assertNull(TopicValidator.checkName(name));
        assertEquals(name, TopicName.of(name).toString());
    }

    @Test
    @DisplayName("at least one character [MQTT-4.7.3-1]")
    void empty() {
        assertEquals("MQTT-4.7.3-1", TopicValidator.checkName("").rule());
        assertEquals("MQTT-4.7.3-1", TopicValidator.checkFilter("").rule());
        assertEquals("topic name \"\" is invalid: it is empty; a topic must be at least one character long [MQTT-4.7.3-1]",
                TopicValidator.checkName("").describe());
    }

    @Test
    @DisplayName("no U+0000 [MQTT-4.7.3-2], shown escaped")
    void nullCharacter() {
        TopicProblem p = TopicValidator.checkName("a/b\u0000c");
        assertEquals("MQTT-4.7.3-2", p.rule());
        assertEquals(2, p.level());
        assertEquals(3, p.index());
        assertTrue(p.describe().contains("\"a/b\\u0000c\""), p.describe());
        assertEquals("MQTT-4.7.3-2", TopicValidator.checkFilter("$share/g\u0000/a").rule());
    }

    @Test
    @DisplayName("at most 65535 UTF-8 bytes [MQTT-4.7.3-3]")
    void length() {
        assertNull(TopicValidator.checkName("a".repeat(65_535)));
        assertEquals("MQTT-4.7.3-3", TopicValidator.checkName("a".repeat(65_536)).rule());
        // 21,845 three-byte characters = 65,535 bytes; one more is too long.
        assertNull(TopicValidator.checkName("온".repeat(21_845)));
        TopicProblem p = TopicValidator.checkFilter("온".repeat(21_846));
        assertEquals("MQTT-4.7.3-3", p.rule());
        assertTrue(p.describe().contains("65538 bytes"), p.describe());
        assertEquals(4, TopicValidator.utf8Length("😀"));
    }

    @Test
    @DisplayName("a lone surrogate is not well-formed UTF-8 [MQTT-1.5.3-1]")
    void loneSurrogate() {
        assertEquals("MQTT-1.5.3-1", TopicValidator.checkName("a/\uD800").rule());
        assertNull(TopicValidator.checkName("a/\uD83D\uDE00"));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @DisplayName("invalid shared subscriptions [MQTT-4.8.2-1] [MQTT-4.8.2-2]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $share//a/b     | MQTT-4.8.2-1 | 7
            $share/         | MQTT-4.8.2-1 | 7
            $share/g        | MQTT-4.8.2-2 | -1
            $share/g+/a     | MQTT-4.8.2-2 | 8
            $share/#/a      | MQTT-4.8.2-2 | 7
            $share/g/       | MQTT-4.7.3-1 | -1
            $share/g/a+     | MQTT-4.7.1-3 | 10
            $share/g/#/a    | MQTT-4.7.1-2 | 9
            """)
    void invalidShared(String text, String rule, int index) {
        TopicProblem p = TopicValidator.checkFilter(text);
        assertNotNull(p, text);
        assertEquals(rule, p.rule(), p.describe());
        assertEquals(index, p.index(), p.describe());
        assertEquals(TopicProblem.SHARED, p.kind());
        assertThrows(InvalidTopicException.class, () -> SharedSubscription.of(text));
    }

    @Test
    @DisplayName("shared subscriptions parse into group and filter [MQTT-4.8.2-1]")
    void shared() {
        TopicFilter f = TopicFilter.of("$share/group1/sport/+/score");
        assertTrue(f.isShared());
        assertEquals("group1", f.shareName());
        assertEquals("sport/+/score", f.matchPart());
        assertEquals(java.util.List.of("sport", "+", "score"), f.levels());
        assertTrue(f.matches("sport/tennis/score"));
        SharedSubscription s = SharedSubscription.of("$share/g/#");
        assertEquals("g", s.shareName());
        assertEquals("#", s.filter().value());
        assertEquals("$share/g/#", s.toString());
        assertTrue(!TopicFilter.of("$share/g/#").matches("$SYS/x"), "the $ rule applies to the inner filter [MQTT-4.7.2-1]");
        TopicFilter plain = TopicFilter.of("a/+");
        assertEquals(null, plain.shareName());
        assertEquals("a/+", plain.matchPart());
        assertTrue(plain.hasWildcards());
    }
}
