package mqttlab.exercises.progress;

import mqttlab.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void survivesARestart(@TempDir Path home) throws Exception {
        ProgressStore a = new ProgressStore(home, clock);
        a.recordCheck("03", 60, false);
        a.recordCheck("03", 100, true);
        a.recordCheck("03", 40, false);
        a.recordStep("06", "2");
        Progress p = new ProgressStore(home, clock).load();
        assertEquals(100, p.exercises().get("03").bestScore());
        assertTrue(p.exercises().get("03").passed());
        assertEquals(3, p.exercises().get("03").attempts());
        assertEquals(List.of("2"), List.copyOf(p.lessons().get("06").stepsDone()));
    }

    @Test
    void aCrashMidWriteLeavesThePreviousFile(@TempDir Path home) throws Exception {
        ProgressStore a = new ProgressStore(home, clock);
        a.recordCheck("01", 100, true);
        // what a kill -9 between "write the temporary file" and "rename" leaves behind
        Files.writeString(home.resolve("progress.json.tmp-123"), "{\"format\": 1, \"exerc", StandardCharsets.UTF_8);
        ProgressStore b = new ProgressStore(home, clock);
        assertEquals(100, b.load().exercises().get("01").bestScore());
        assertTrue(b.takeWarning().isEmpty());
        b.recordCheck("02", 50, false);
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of("progress.json"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndReported(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"format\": 1, \"exercises\": {\"01\": {\"bestSc", StandardCharsets.UTF_8);
        ProgressStore s = new ProgressStore(home, clock);
        assertEquals(Progress.empty(), s.load());
        String w = s.takeWarning().orElseThrow();
        assertTrue(w.contains("progress.json.corrupt-20250301-101530"), w);
        assertTrue(Files.exists(home.resolve("progress.json.corrupt-20250301-101530")));
        s.recordCheck("01", 100, true);
        assertEquals(100, new ProgressStore(home, clock).load().exercises().get("01").bestScore());
    }

    @Test
    void jsonRoundTrip() {
        Object v = Json.parse(Json.write(java.util.Map.of("a\"b", List.of(1, "x\n", true))));
        assertEquals(java.util.Map.of("a\"b", List.of(1.0, "x\n", true)), v);
    }
}
