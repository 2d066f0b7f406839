package mqttlab.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases from mosquitto's test/unit/util_topic_test.c (TEST_valid_matching / TEST_invalid_but_matching). */
class AclTopicMatchTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "foo/#, foo/, true", "foo/#, foo, true", "foo//bar, foo//bar, true", "foo//+, foo//bar, true",
        "foo/+/+/baz, foo///baz, true", "foo/bar/+, foo/bar/, true", "foo/bar, foo/bar, true",
        "foo/+, foo/bar, true", "foo/+/baz, foo/bar/baz, true", "A/B/+/#, A/B/B/C, true",
        "foo/+/#, foo/bar/baz, true", "#, foo/bar/baz, true", "#, /foo/bar, true", "/#, /foo/bar, true",
        "$SYS/bar, $SYS/bar, true", "$SYS/#, $SYS/bar, true", "#, $SYS/bar, false", "+/bar, $SYS/bar, false",
        "test/6/#, test/3, false", "foo/bar, foo, false", "foo/+, foo/bar/baz, false", "foo/+/baz, foo/bar/bar, false",
        "foo/+/#, fo2/bar/baz, false", "/#, foo/bar, false", "#, /, true", "+, /, false", "+/+, /, true",
        "foo/bar/#, foo/bar, true", "foo/+, foo, false",
    })
    void matchesLikeMosquitto(String filter, String topic, boolean expected) {
        assertEquals(expected, AclTopicMatch.matches(filter, topic));
    }

    @ParameterizedTest(name = "valid({0}) = {1}")
    @CsvSource({"#, true", "a/#, true", "a/+/b, true", "+, true", "a#, false", "a/#/b, false", "a+/b, false", "'', false"})
    void validFilters(String filter, boolean expected) {
        assertEquals(expected, AclTopicMatch.validFilter(filter));
    }
}
