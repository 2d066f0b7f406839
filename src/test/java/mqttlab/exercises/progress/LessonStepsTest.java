package mqttlab.exercises.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonStepsTest {

    @Test
    void lessonsAndExercisesShareOneFile(@TempDir Path home) throws Exception {
        ProgressStore store = new ProgressStore(home, Clock.systemUTC());
        store.recordCheck("03", 100, true);
        LessonSteps steps = new LessonSteps(store, Clock.systemUTC());
        steps.save(Map.of("01", Set.of(1, 2), "07", Set.of()));
        assertEquals(Map.of("01", Set.of(1, 2), "07", Set.of()), steps.load());
        assertTrue(store.load().exercises().get("03").passed());
        assertFalse(Files.exists(home.resolve("lessons.json")));
    }

    @Test
    void anOldLessonsJsonIsMigratedOnce(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("lessons.json"), "{\"01\":[1,2,3],\"05\":[2]}");
        LessonSteps steps = new LessonSteps(new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        steps.migrate(home.resolve("lessons.json"));
        assertEquals(Map.of("01", Set.of(1, 2, 3), "05", Set.of(2)), steps.load());
        assertFalse(Files.exists(home.resolve("lessons.json")));
        assertTrue(Files.exists(home.resolve("lessons.json.migrated")));
    }

    @Test
    void aCorruptFileIsKeptAsideAndSaidInOneLine(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("progress.json"), "{ not json");
        LessonSteps steps = new LessonSteps(new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        IllegalStateException e = assertThrows(IllegalStateException.class, steps::load);
        assertTrue(e.getMessage().contains("kept it as progress.json.corrupt-"), e.getMessage());
        assertEquals(Map.of(), steps.load());
    }
}
