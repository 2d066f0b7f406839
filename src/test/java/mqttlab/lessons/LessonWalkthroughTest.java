package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import mqttlab.lessons.render.MarkdownRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plays every lesson as a student would, by causing the events each step asks for. */
class LessonWalkthroughTest {

    @ParameterizedTest(name = "every lesson completes in {0}")
    @ValueSource(strings = {"en", "ko"})
    void everyLessonCompletes(String lang) {
        List<StepDone> reported = new ArrayList<>();
        LessonSession session = new LessonSession(Lessons.CATALOG, lang, new HashMap<>(), reported::add);
        MarkdownRenderer plain = new MarkdownRenderer(false);
        for (Lesson lesson : Lessons.CATALOG.lessons(lang)) {
            plain.render(session.open(lesson.id()), 80);
            for (Step step : lesson.steps()) {
                String where = lang + " L" + lesson.id() + "." + step.number();
                assertEquals("L" + lesson.id() + "." + step.number(), session.prompt(), where);
                if (step.check().isEmpty()) {
                    plain.render(session.next(), 80);
                    continue;
                }
                Optional<String> said = session.offer(Events.satisfying(step.check().get()));
                assertTrue(said.isPresent(), where + ": step not recognised: " + step.checkSource().get());
                assertTrue(said.get().contains("✔"), where + ": " + said.get());
                plain.render(said.get(), 80);
            }
            assertTrue(session.isComplete(lesson.id()), lang + " lesson " + lesson.id() + " not complete: " + session.progress());
        }
        assertEquals(Lessons.CATALOG.lessons(lang).stream().mapToInt(l -> l.steps().size()).sum(), reported.size());
    }

    @ParameterizedTest(name = "a wrong action does not advance a step, and gets a word ({0})")
    @ValueSource(strings = {"en", "ko"})
    void wrongActionsGetAWord(String lang) {
        LessonSession session = new LessonSession(Lessons.CATALOG, lang, new HashMap<>(), d -> { });
        int tried = 0;
        for (Lesson lesson : Lessons.CATALOG.lessons(lang)) {
            session.open(lesson.id());
            for (Step step : lesson.steps()) {
                if (step.check().isPresent()) {
                    Optional<LabEvent> wrong = Events.wrong(step.check().get());
                    if (wrong.isPresent()) {
                        Optional<String> said = session.offer(wrong.get());
                        String where = lang + " L" + lesson.id() + "." + step.number() + " " + wrong.get();
                        assertEquals(step.number(), session.currentStep(), where + " advanced the step");
                        assertTrue(said.isPresent() && !said.get().contains("✔"), where + " got no helpful word");
                        tried++;
                    }
                }
                session.next();
                if (session.currentLesson().map(Lesson::id).orElse(0) != lesson.id()) break;
            }
        }
        assertTrue(tried > 20, "only " + tried + " wrong actions tried");
    }
}
