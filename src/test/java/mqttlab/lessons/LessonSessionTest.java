package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mqttlab.lessons.render.MarkdownRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonSessionTest {
    private static final String LESSON = """
            ---
            id: 3
            title: Wildcards + and #
            ---
            Intro text.

            ## Step: Read this

            Just text.

            ## Step: Publish at QoS 2

            Do `pub -t building/201/ac/set -m ON -q 2`.

            ```check
            publish topic=building/201/ac/set qos=2 payload=ON
            ```

            ~~~hint
            Use `-q 2`:
            ```
            pub -t building/201/ac/set -m ON -q 2
            ```
            ~~~

            ## Step: Answer

            Is it? `answer yes`.

            ```check
            answer text=yes text="of course"
            ```
            """;

    private final List<StepDone> done = new ArrayList<>();

    private LessonSession session(Path dir, Map<String, Set<Integer>> progress) throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/03-wildcards.md"), LESSON);
        return new LessonSession(LessonCatalog.load(dir), "en", progress, done::add);
    }

    @Test
    @DisplayName("open, next, back, hint and the prompt fragment")
    void navigation(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, new HashMap<>());
        assertEquals("", s.prompt());
        String opened = new MarkdownRenderer(false).render(s.open(3), 80);
        assertTrue(opened.contains("3. Wildcards + and #"), opened);
        assertTrue(opened.contains("Intro text."));
        assertEquals("L3.1", s.prompt());
        s.next();
        assertEquals("L3.2", s.prompt());
        assertEquals(Set.of(1), s.progress().get("03"), "a read-only step is done once passed");
        assertTrue(s.hint().contains("```"), "the hint keeps its own code block");
        s.back();
        assertEquals("L3.1", s.prompt());
        assertTrue(s.back().startsWith("This is the first step."));
        assertTrue(s.open(9).contains("There is no lesson 9"));
    }

    @Test
    @DisplayName("the right action completes a step and the next one shows; the last completes the lesson")
    void stepsComplete(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, new HashMap<>());
        s.open(3);
        s.next();
        Optional<String> said = s.offer(new LabEvent.MessagePublished("me", "building/201/ac/set", 2, false, "ON"));
        assertTrue(said.orElseThrow().startsWith("✔ Step 2 done."), said.toString());
        assertTrue(said.get().contains("step 3 of 3"));
        said = s.offer(new LabEvent.AnswerTyped("  Of Course. "));
        assertTrue(said.orElseThrow().contains("Lesson 3 complete"), said.toString());
        assertTrue(s.isComplete(3));
        assertEquals(List.of(new StepDone("03", 1, false), new StepDone("03", 2, false), new StepDone("03", 3, true)), done);
    }

    @Test
    @DisplayName("right topic, wrong QoS: the step stays, and the student is told what differs, once")
    void nearMiss(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, new HashMap<>());
        s.open(3);
        s.next();
        LabEvent qos0 = new LabEvent.MessagePublished("me", "building/201/ac/set", 0, false, "ON");
        assertEquals(Optional.of("Right topic, but QoS 0; this step asks for QoS 2 (`-q 2`)."), s.offer(qos0));
        assertEquals(Optional.empty(), s.offer(qos0), "the same word is not repeated");
        assertEquals("L3.2", s.prompt());
        Optional<String> slash = s.offer(new LabEvent.MessagePublished("me", "/building/201/ac/set", 2, false, "ON"));
        assertTrue(slash.orElseThrow().contains("first level is empty"), slash.toString());
    }

    @Test
    @DisplayName("the building's own clients never complete a step")
    void buildingIgnored(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, new HashMap<>());
        s.open(3);
        s.next();
        assertEquals(Optional.empty(), s.offer(new LabEvent.MessagePublished("controller", "building/201/ac/set", 2, false, "ON")));
        assertEquals("L3.2", s.prompt());
    }

    @Test
    @DisplayName("progress given at start is kept: a lesson reopens at its first step not done")
    void resumes(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, Map.of("03", Set.of(1, 2)));
        String shown = s.open(3);
        assertEquals("L3.3", s.prompt());
        assertFalse(shown.contains("Intro text."));
        assertEquals(Set.of(1, 2), s.progress().get("03"));
        assertTrue(s.list().contains("| 3 | Wildcards + and \\# | 2/3 ← |"), s.list());
    }

    @Test
    @DisplayName("Korean words for a Korean session")
    void korean(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir, new HashMap<>());
        s.language("ko");
        s.open(3);
        s.next();
        assertTrue(s.offer(new LabEvent.MessagePublished("me", "building/201/ac/set", 1, false, "ON")).orElseThrow().contains("토픽은 맞지만"));
    }
}
