package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers in natural words, feedback for each answer, and lessons that show the lab's real address. */
class AnswersTest {
    private static final String LESSON = """
            ---
            id: 4
            title: Answers
            ---
            ## Step: Yes or no

            Connect to {{host}}:{{port}}. Is a topic case sensitive?

            ```check
            answer text=yes
            ```

            ```feedback
            yes: Right: `Building` and `building` differ.
            no: No: compare them with `match Building/1 building/1`.
            *: Answer yes or no.
            ```

            ## Step: Probe

            Start a broker on {{altport}}.

            ```check
            command probe contains={{altport}}
            ```
            """;

    private LessonSession session(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/04-answers.md"), LESSON);
        return new LessonSession(LessonCatalog.load(dir), "en", new HashMap<>(), d -> { });
    }

    @Test
    @DisplayName("yes and no in English and Korean words, with or without a full stop")
    void yesNoWords() {
        for (String yes : new String[] {"yes", "Y", "네", "예", "yes.", "네."}) assertEquals(Optional.of(true), YesNo.of(yes), yes);
        for (String no : new String[] {"no", "N", "아니요", "아니오", "아니요.", "No!"}) assertEquals(Optional.of(false), YesNo.of(no), no);
        assertEquals(Optional.empty(), YesNo.of("maybe"));
        StepCheck no = CheckParser.parse("answer text=no");
        assertTrue(no.satisfiedBy(new LabEvent.AnswerTyped("아니요")));
        assertTrue(no.satisfiedBy(new LabEvent.AnswerTyped("아니오")));
        assertTrue(no.satisfiedBy(new LabEvent.AnswerTyped("n")));
        assertFalse(no.satisfiedBy(new LabEvent.AnswerTyped("네")));
        assertFalse(no.satisfiedBy(new LabEvent.AnswerTyped("nothing")));
    }

    @Test
    @DisplayName("a wrong answer gets the explanation written for it; any other wrong answer the '*' one; the right one its own")
    void feedback(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir);
        s.open(4);
        assertEquals(Optional.of("No: compare them with `match Building/1 building/1`."), s.offer(new LabEvent.AnswerTyped("아니요")));
        assertEquals(Optional.of("No: compare them with `match Building/1 building/1`."), s.offer(new LabEvent.AnswerTyped("no")),
                "the same explanation again for the same answer typed again");
        assertEquals(Optional.of("Answer yes or no."), s.offer(new LabEvent.AnswerTyped("maybe")));
        assertEquals("L4.1", s.prompt());
        String right = s.offer(new LabEvent.AnswerTyped("네")).orElseThrow();
        assertTrue(right.startsWith("✔ Step 1 done.\n\nRight: `Building` and `building` differ."), right);
        assertEquals("L4.2", s.prompt());
    }

    @Test
    @DisplayName("{{host}}, {{port}} and {{altport}} show the lab's own address, in the text and in the checks")
    void places(@TempDir Path dir) throws Exception {
        LessonSession s = session(dir);
        s.places(new LabPlaces("127.0.0.1", 41234, 41235));
        String shown = s.open(4);
        assertTrue(shown.contains("Connect to 127.0.0.1:41234."), shown);
        assertFalse(shown.contains("{{"), shown);
        s.offer(new LabEvent.AnswerTyped("yes"));
        assertTrue(s.step().contains("Start a broker on 41235."), s.step());
        assertEquals(Optional.empty().isPresent(), s.offer(new LabEvent.CommandRun("probe 1884")).filter(x -> x.startsWith("✔")).isPresent(),
                "the default port does not count when the lab's is another");
        assertTrue(s.offer(new LabEvent.CommandRun("probe 41235")).orElseThrow().startsWith("✔ Step 2 done."));
    }

    @Test
    @DisplayName("the alternative port is free and not the lab's")
    void altportFree() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            LabPlaces p = LabPlaces.around("127.0.0.1", taken.getLocalPort());
            assertTrue(p.altport() != taken.getLocalPort());
            try (java.net.ServerSocket again = new java.net.ServerSocket(p.altport(), 1, java.net.InetAddress.getLoopbackAddress())) {
                assertEquals(p.altport(), again.getLocalPort());
            }
        }
    }
}
