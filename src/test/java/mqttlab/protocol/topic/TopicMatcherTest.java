package mqttlab.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matching table: cases from mosquitto's test/unit/util_topic_test.c (TEST_valid_matching,
 * TEST_valid_no_matching), Moquette's TopicTest (rogerLightMatchTopics, testMatchTopics_*) and the
 * spec's own examples in section 4.7. Every case is checked with the fast matcher, the explaining
 * one, and both inputs are first checked to be valid.
 */
class TopicMatcherTest {

    @ParameterizedTest(name = "[{index}] {0}  vs  {1}  -> {2}  ({3})")
    @DisplayName("matching table [MQTT-4.7.1-2] [MQTT-4.7.1-3] [MQTT-4.7.2-1]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # filter         | topic                          | matches | source
            # --- mosquitto TEST_valid_matching
            foo/#            | foo/                           | true  | mosquitto
            foo/#            | foo                            | true  | mosquitto: '#' matches the parent [MQTT-4.7.1-2]
            foo//bar         | foo//bar                       | true  | mosquitto: empty level
            foo//+           | foo//bar                       | true  | mosquitto
            foo/+/+/baz      | foo///baz                      | true  | mosquitto: '+' matches empty levels
            foo/bar/+        | foo/bar/                       | true  | mosquitto
            foo/bar          | foo/bar                        | true  | mosquitto
            foo/+            | foo/bar                        | true  | mosquitto
            foo/+/baz        | foo/bar/baz                    | true  | mosquitto
            A/B/+/#          | A/B/B/C                        | true  | mosquitto
            foo/+/#          | foo/bar/baz                    | true  | mosquitto
            foo/+/#          | foo/bar                        | true  | mosquitto
            "#"                | foo/bar/baz                    | true  | mosquitto
            "#"                | /foo/bar                       | true  | mosquitto
            /#               | /foo/bar                       | true  | mosquitto
            # --- mosquitto TEST_valid_no_matching
            test/6/#         | test/3                         | false | mosquitto
            foo/bar          | foo                            | false | mosquitto
            foo/+            | foo/bar/baz                    | false | mosquitto
            foo/+/baz        | foo/bar/bar                    | false | mosquitto
            foo/+/#          | fo2/bar/baz                    | false | mosquitto
            /#               | foo/bar                        | false | mosquitto
            "#"                | $SYS/bar                       | false | mosquitto [MQTT-4.7.2-1]
            $BOB/bar         | $SYS/bar                       | false | mosquitto
            # --- Moquette TopicTest.rogerLightMatchTopics (same cases, written topic-first there)
            foo/bar          | foo/bar                        | true  | moquette
            foo/+            | foo/bar                        | true  | moquette
            foo/+/baz        | foo/bar/baz                    | true  | moquette
            foo/+/#          | foo/bar/baz                    | true  | moquette
            "#"                | foo/bar/baz                    | true  | moquette
            foo/bar          | foo                            | false | moquette
            foo/+            | foo/bar/baz                    | false | moquette
            foo/+/baz        | foo/bar/bar                    | false | moquette
            foo/+/#          | fo2/bar/baz                    | false | moquette
            "#"                | /foo/bar                       | true  | moquette
            /#               | /foo/bar                       | true  | moquette
            /#               | foo/bar                        | false | moquette
            foo//bar         | foo//bar                       | true  | moquette
            foo//+           | foo//bar                       | true  | moquette
            foo/+/+/baz      | foo///baz                      | true  | moquette
            foo/bar/+        | foo/bar/                       | true  | moquette
            # --- Moquette testMatchTopics_simple / _multi / _single
            /                | /                              | true  | moquette
            /finance         | /finance                       | true  | moquette
            "#"                | finance                        | true  | moquette
            finance/#        | finance                        | true  | moquette
            finance/#        | finance/stock                  | true  | moquette
            finance/#        | finance/stock/ibm              | true  | moquette
            +                | finance                        | true  | moquette
            finance/+        | finance/stock                  | true  | moquette
            finance/+        | finance                        | false | moquette
            /+               | /finance                       | true  | moquette
            +                | /finance                       | false | moquette
            +/+              | /finance                       | true  | moquette
            /finance/+/ibm   | /finance/stock/ibm             | true  | moquette
            +/+              | /                              | true  | moquette
            sport/+          | sport/                         | true  | moquette
            +                | /finance/stock                 | false | moquette
            # --- the spec's examples, section 4.7.1 and 4.7.2
            sport/tennis/player1/#   | sport/tennis/player1                  | true  | spec 4.7.1.2
            sport/tennis/player1/#   | sport/tennis/player1/ranking          | true  | spec 4.7.1.2
            sport/tennis/player1/#   | sport/tennis/player1/score/wimbledon  | true  | spec 4.7.1.2
            sport/#                  | sport                                 | true  | spec 4.7.1.2: parent level
            sport/tennis/+           | sport/tennis/player1                  | true  | spec 4.7.1.3
            sport/tennis/+           | sport/tennis/player2                  | true  | spec 4.7.1.3
            sport/tennis/+           | sport/tennis/player1/ranking          | false | spec 4.7.1.3
            sport/+                  | sport                                 | false | spec 4.7.1.3
            sport/+                  | sport/                                | true  | spec 4.7.1.3
            +/+                      | /finance                              | true  | spec 4.7.1.3
            /+                       | /finance                              | true  | spec 4.7.1.3
            +                        | /finance                              | false | spec 4.7.1.3
            "#"                        | $SYS/monitor/Clients                  | false | spec 4.7.2 [MQTT-4.7.2-1]
            +/monitor/Clients        | $SYS/monitor/Clients                  | false | spec 4.7.2 [MQTT-4.7.2-1]
            $SYS/#                   | $SYS/monitor/Clients                  | true  | spec 4.7.2
            $SYS/monitor/+           | $SYS/monitor/Clients                  | true  | spec 4.7.2
            ACCOUNTS                 | Accounts                              | false | spec 4.7.3: case sensitive
            " "                      | " "                                   | true  | spec 4.7.3: a space is a valid level
            """)
    void matchingTable(String filter, String topic, boolean expected, String source) {
        assertNull(TopicValidator.checkFilter(filter), "filter must be valid");
        assertNull(TopicValidator.checkName(topic), "topic must be valid");
        assertEquals(expected, TopicMatcher.matches(filter, topic), "matches");
        MatchExplanation e = TopicMatcher.explain(filter, topic);
        assertEquals(expected, e.matches(), "explain: " + e.summary());
        assertEquals(expected, TopicFilter.of(filter).matches(TopicName.of(topic)), "value types");
    }
}
