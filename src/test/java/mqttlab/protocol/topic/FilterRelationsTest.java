package mqttlab.protocol.topic;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterRelationsTest {
    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        test/nosubscribe | test/nosubscribe | true
        #                | a/b              | true
        a/#              | a                | true
        a/#              | a/+/c            | true
        a/+              | a/b              | true
        a/+              | a/+              | true
        a/+              | a/#              | false
        a/b              | a/+              | false
        a/b              | a/b/c            | false
        a/b/c            | a/b              | false
        +/x              | $SYS/x           | false
        #                | $SYS/#           | false
        $SYS/#           | $SYS/broker/load | true
        """)
    void covers(String general, String specific, boolean expected) {
        assertEquals(expected, FilterRelations.covers(general, specific));
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        building/#        | #                   | true
        building/#        | building            | true
        students/alice/#  | students/bob/#      | false
        students/alice/#  | students/+/hello    | true
        a/+/c             | a/b/+               | true
        a/+/c             | a/b/d               | false
        a/b               | a/b/c               | false
        #                 | $SYS/#              | false
        +/broker          | $SYS/broker         | false
        $SYS/#            | $SYS/broker/+       | true
        """)
    void overlaps(String a, String b, boolean expected) {
        assertEquals(expected, FilterRelations.overlaps(a, b));
        assertEquals(expected, FilterRelations.overlaps(b, a), "symmetric");
    }
}
