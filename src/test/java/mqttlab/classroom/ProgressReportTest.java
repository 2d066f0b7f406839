package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
    private static final Instant T = Instant.parse("2025-05-01T09:12:30Z");

    @Test
    @DisplayName("the JSON document has the documented shape and reads back equal")
    void roundTrip() {
        ProgressReport r = ProgressReport.start("alice", T)
                .steps(Map.of("01", Set.of(3, 1, 2)), T)
                .stepDone("03", 1, T)
                .exercisePassed("02", 80, T).exercisePassed("02", 100, T).exercisePassed("02", 90, T)
                .at("03", 2, T);
        assertEquals("{\"user\":\"alice\",\"lesson\":\"03\",\"step\":2,\"steps\":{\"01\":[1,2,3],\"03\":[1]},"
                + "\"exercises\":{\"02\":100},\"lastActivity\":\"2025-05-01T09:12:30Z\"}", r.toJson());
        assertEquals(r, ProgressReport.fromJson(r.toJson()));
        assertEquals("03.2", r.where());
        assertEquals(4, r.stepsDone());
    }

    @Test
    @DisplayName("no lesson open: no \"lesson\" key, and where() is '-'; names with quotes and Korean survive")
    void emptyAndEscapes() {
        ProgressReport r = ProgressReport.start("김\"민\\수", T);
        assertFalse(r.toJson().contains("\"lesson\""));
        assertEquals("-", r.where());
        ProgressReport back = ProgressReport.fromJson(r.toJson());
        assertEquals("김\"민\\수", back.user());
        assertEquals(Optional.empty(), back.lesson());
    }

    @Test
    @DisplayName("what is not a report is refused with a reason")
    void refusesGarbage() {
        assertThrows(IllegalArgumentException.class, () -> ProgressReport.fromJson("hello"));
        assertThrows(IllegalArgumentException.class, () -> ProgressReport.fromJson("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> ProgressReport.fromJson("{\"step\":1}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgressReport.fromJson("{\"user\":\"a\",\"lastActivity\":\"yesterday\"}"));
        assertTrue(e.getMessage().contains("lastActivity"));
        assertThrows(IllegalArgumentException.class, () -> ProgressReport.fromJson("{\"user\":\"a\""));
    }
}
