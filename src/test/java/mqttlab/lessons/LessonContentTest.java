package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lessons as content: both languages, the same lessons, steps and checks; solutions satisfy checks. */
class LessonContentTest {
    private static final LessonCatalog C = Lessons.CATALOG;

    @Test
    @DisplayName("English and Korean both have the twelve lessons of the course, numbered 1 to 12")
    void twelveLessonsInBothLanguages() {
        assertEquals(List.of("en", "ko"), C.languages());
        for (String lang : C.languages()) {
            assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(), C.lessons(lang).stream().map(Lesson::id).toList(), lang);
        }
    }

    @Test
    @DisplayName("Each Korean lesson has the same file name, number of steps and checks as its English one")
    void languagesAgree() {
        List<Lesson> en = C.lessons("en"), ko = C.lessons("ko");
        for (int i = 0; i < en.size(); i++) {
            Lesson e = en.get(i), k = ko.get(i);
            assertEquals(e.slug(), k.slug());
            assertEquals(e.steps().size(), k.steps().size(), "steps in lesson " + e.id());
            for (int s = 0; s < e.steps().size(); s++) {
                Step es = e.steps().get(s), ks = k.steps().get(s);
                String where = "lesson " + e.id() + " step " + es.number();
                assertEquals(es.check(), ks.check(), where);
                assertEquals(es.solution(), ks.solution(), where);
                assertEquals(es.hint().isPresent(), ks.hint().isPresent(), "hint in " + where);
                assertEquals(es.feedback().keySet(), ks.feedback().keySet(), "feedback answers in " + where);
            }
        }
    }

    @Test
    @DisplayName("Every lesson asks the student to do something; each step the student causes has a solution")
    void handsOn() {
        for (String lang : C.languages()) {
            for (Lesson l : C.lessons(lang)) {
                assertTrue(l.steps().stream().anyMatch(Step::interactive), "lesson " + l.id() + " has nothing to do");
                for (Step s : l.steps()) {
                    assertFalse(s.body().isBlank(), lang + " lesson " + l.id() + " step " + s.number() + " has no text");
                    boolean followsByItself = s.check().orElse(null) instanceof StepCheck.MessageReceived;
                    if (s.interactive() && !followsByItself) assertFalse(s.solution().isEmpty(), lang + " lesson " + l.id() + " step " + s.number() + " has no solution");
                }
            }
        }
    }

    @Test
    @DisplayName("A step's solution lines, typed in the shell, would satisfy its check (answers, commands, sub, pub)")
    void solutionsSatisfyChecks() {
        for (Lesson l : C.lessons("en")) {
            for (Step s : l.steps()) {
                Optional<StepCheck> check = s.check();
                if (check.isEmpty()) continue;
                StepCheck c = check.get();
                boolean derivable = c instanceof StepCheck.AnswerGiven || c instanceof StepCheck.CommandRun
                        || c instanceof StepCheck.SubscriptionMade || c instanceof StepCheck.PublishSeen
                        || (c instanceof StepCheck.RetainedPresent && s.solution().stream().anyMatch(x -> x.matches("(mosquitto_)?pub .*")));
                if (!derivable) continue;
                assertTrue(Events.fromSolution(s.solution()).stream().anyMatch(c::satisfiedBy),
                        "lesson " + l.id() + " step " + s.number() + ": " + s.solution() + " does not satisfy " + s.checkSource().get());
            }
        }
    }
}
