package mqttlab.exercises.progress;

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
    void aFileWrittenByTheLabBeforeGsonStillLoads(@TempDir Path home) throws Exception {
        copyFixture("progress-format1.json", home);
        ProgressStore s = new ProgressStore(home, clock);
        Progress p = s.load();
        assertTrue(s.takeWarning().isEmpty());
        assertEquals(List.of("2", "1"), List.copyOf(p.lessons().get("06").stepsDone()));
        assertEquals(Instant.parse("2026-11-30T08:15:00Z"), p.lessons().get("06").updated());
        assertEquals(List.of("3"), List.copyOf(p.lessons().get("12").stepsDone()));
        assertEquals(new Progress.ExerciseResult(100, true, Instant.parse("2026-12-01T09:30:12.345Z"), 3), p.exercises().get("03"));
        assertEquals(new Progress.ExerciseResult(40, false, Instant.parse("2026-12-01T09:30:12.345Z"), 1), p.exercises().get("05"));
        assertEquals("ko", p.lang());
        assertEquals(java.util.Optional.of("ko"), s.peekLang());
    }

    @Test
    void anOlderFileWithNumberedStepsAndNoAttemptsStillLoads(@TempDir Path home) throws Exception {
        copyFixture("progress-before-attempts.json", home);
        Progress p = new ProgressStore(home, clock).load();
        assertEquals(List.of("1", "2", "3"), List.copyOf(p.lessons().get("01").stepsDone()));
        assertEquals(new Progress.ExerciseResult(75, false, Instant.parse("2025-02-11T13:20:00Z"), 1), p.exercises().get("02"));
        assertEquals(null, p.lang());
    }

    @Test
    void whatIsWrittenReadsBackTheSameAndKeepsTheFileShape(@TempDir Path home) throws Exception {
        copyFixture("progress-format1.json", home);
        ProgressStore s = new ProgressStore(home, clock);
        Progress before = s.load();
        s.save(before);
        assertEquals(before, new ProgressStore(home, clock).load());
        String text = Files.readString(home.resolve("progress.json"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": 1,\n  \"lessons\": {\n    \"06\": {\n      \"steps\": [\n        \"2\",\n"), text);
        assertTrue(text.contains("\"attempts\": 3") && text.endsWith("\"lang\": \"ko\"\n}\n"), text);
    }

    @Test
    void aFileThatIsNotAProgressObjectIsKeptAside(@TempDir Path home) throws Exception {
        for (String junk : List.of("[1, 2]", "", "{\"lessons\": {\"01\": {\"steps\": [\"1\"]}}}", "{\"format\": 1,}")) {
            Files.writeString(home.resolve("progress.json"), junk, StandardCharsets.UTF_8);
            ProgressStore s = new ProgressStore(home, clock);
            assertEquals(Progress.empty(), s.load(), junk);
            assertTrue(s.takeWarning().isPresent(), junk);
            assertTrue(Files.notExists(home.resolve("progress.json")), junk);
        }
    }

    private static void copyFixture(String name, Path home) throws Exception {
        try (var in = ProgressStoreTest.class.getResourceAsStream(name)) {
            Files.write(home.resolve("progress.json"), in.readAllBytes());
        }
    }
}
