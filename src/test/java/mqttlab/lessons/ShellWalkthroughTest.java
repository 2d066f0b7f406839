package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5's walkthrough: every lesson, in both languages, played through the real shell (embedded
 * broker, the building running) by typing what each step asks for — its {@code solution} lines. Each
 * step must be recognised (its "✔" appears) and each lesson complete; before many steps a wrong
 * action is typed first, and it must not advance the step and must get a helpful word.
 */
class ShellWalkthroughTest {

    @ParameterizedTest(name = "every lesson completes through the shell ({0})")
    @ValueSource(strings = {"en", "ko"})
    void everyLessonThroughTheShell(String lang) throws Exception {
        walk(lang, null);
    }

    /** Issue 15: the same walkthrough with `--broker` on Debian's mosquitto, every packet seen through the lab's relay. */
    @org.junit.jupiter.api.Test
    void everyLessonThroughTheRelay() throws Exception {
        try (mqttlab.testsupport.MosquittoProcess mosquitto = mqttlab.testsupport.MosquittoProcess.start()) {
            walk("en", "tcp://" + mosquitto.host() + ":" + mosquitto.port());
        }
    }

    private static void walk(String lang, String brokerUrl) throws Exception {
        int wrongTried = 0;
        LabPlaces places = null;
        Set<String> skipped = new java.util.HashSet<>();
        mqttlab.broker.Broker second = null;
        try (LiveShell shell = new LiveShell(lang, brokerUrl)) {
            for (Lesson lesson : Lessons.CATALOG.lessons(lang)) {
                int lessonMark = shell.mark();
                shell.type("lesson " + lesson.id());
                for (Step step : lesson.steps()) {
                    String where = lang + " L" + lesson.id() + "." + step.number() + " (" + step.title() + ")";
                    assertTrue(plain(shell.since(lessonMark)).contains(plain(step.title())), where + ": the step's title is not on screen:\n" + shell.since(lessonMark));
                    if (step.check().isEmpty()) {
                        assertArrayEquals(new int[] {lesson.id(), step.number()}, shell.where(), where + ": prompt");
                        shell.type("next");
                        continue;
                    }
                    int mark = shell.mark();
                    if (!done(shell, lesson, step)) {
                        Optional<Mistake> wrong = Mistake.of(step.check().get(), lang);
                        if (wrong.isPresent()) {
                            String said = shell.type(wrong.get().line());
                            String word = wrong.get().event() instanceof LabEvent.AnswerTyped a && step.feedbackFor(a.text(), false).isPresent()
                                    ? step.feedbackFor(a.text(), false).get()
                                    : NearMiss.of(step.check().get(), wrong.get().event(), lang).orElseThrow();
                            if (places != null) word = places.fill(word);
                            assertFalse(said.contains("✔"), where + ": `" + wrong.get().line() + "` advanced the step:\n" + said);
                            assertFalse(done(shell, lesson, step), where + ": `" + wrong.get().line() + "` completed the step");
                            assertTrue(plain(said).contains(plain(word)), where + ": no helpful word for `" + wrong.get().line()
                                    + "`; expected \"" + word + "\", the shell said:\n" + said);
                            wrongTried++;
                        }
                        if (step.check().get() instanceof StepCheck.BrokerProbed probe) {
                            places = places != null ? places : shell.places(shell.since(lessonMark));
                            second = SecondBroker.restart(second, places.altport(), probe.remote().orElse(false));
                            if (probe.remote().orElse(false) && mqttlab.shell.probe.BrokerProbe.ownAddress().isEmpty()) {
                                shell.type("next"); // no network address to try from: the lesson says to go on
                                skipped.add(lesson.key() + "." + step.number());
                                continue;
                            }
                        }
                        for (String line : step.solution()) {
                            if (done(shell, lesson, step)) break; // an earlier line (or the building) already did it
                            shell.type(places == null ? line : places.fill(line));
                        }
                    }
                    LiveShell.await(() -> done(shell, lesson, step), 10_000, where + " to be recognised; the shell said:\n" + shell.since(mark));
                    String tick = mqttlab.text.Text.in(lang, "course.step.done", step.number());
                    LiveShell.await(() -> shell.since(lessonMark).contains(tick), 5_000, where + "'s " + tick);
                    for (String fragment : shows(step, lang, places)) {
                        // since the lesson opened: a message the step waits for may arrive before the step is shown
                        LiveShell.await(() -> plain(shell.since(lessonMark)).contains(plain(fragment)), 5_000,
                                where + " to show \"" + fragment + "\"; the shell said:\n" + shell.since(lessonMark));
                    }
                }
                Set<Integer> doneSteps = shell.progress.load().getOrDefault(lesson.key(), Set.of());
                long skippedHere = skipped.stream().filter(k -> k.startsWith(lesson.key() + ".")).count();
                assertTrue(doneSteps.size() + skippedHere == lesson.steps().size(), lang + " lesson " + lesson.id() + " incomplete: " + doneSteps);
            }
            String end = shell.type("lesson");
            assertFalse(end.contains("Exception"), end);
        } finally {
            if (second != null) second.stop();
        }
        assertTrue(wrongTried >= 30, "only " + wrongTried + " wrong actions tried");
    }

    /**
     * What a step must print besides its ✔, in the lesson's language: a question's explanation for the right
     * answer, a received message as `sub -v` prints it, the probe's findings about the second broker.
     */
    private static java.util.List<String> shows(Step step, String lang, LabPlaces places) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StepCheck c = step.check().orElseThrow();
        if (c instanceof StepCheck.AnswerGiven && !step.solution().isEmpty()) {
            String typed = step.solution().get(0).replaceFirst("^answer\\s+", "");
            step.feedbackFor(typed, true).map(f -> places == null ? f : places.fill(f)).ifPresent(out::add);
        }
        if (c instanceof StepCheck.MessageReceived r && r.payload().isPresent() && !r.topic().contains("+") && !r.topic().contains("#")) {
            out.add(r.topic() + " " + r.payload().get());
        }
        if (c instanceof StepCheck.BrokerProbed p && places != null) {
            // the check as written names {{altport}}; the shell filled in its own
            out.add(mqttlab.text.Text.in(lang, "shell.probe.answered", "127.0.0.1", places.altport()));
            if (p.remote().orElse(false)) {
                out.add(mqttlab.text.Text.in(lang, "shell.probe.remote",
                        mqttlab.shell.probe.BrokerProbe.ownAddress().orElseThrow().getHostAddress(), places.altport()));
            }
            if (p.published().orElse(false)) out.add("test hello world");
        }
        return out;
    }

    private static boolean done(LiveShell shell, Lesson lesson, Step step) {
        return shell.progress.load().getOrDefault(lesson.key(), Set.of()).contains(step.number());
    }

    /** Markdown rendered and wrapped, or not: the words alone. */
    private static String plain(String text) {
        return text.replaceAll("[`*_]", "").replaceAll("\\s+", " ");  // emphasis marks are drawn, not printed
    }

    /** A plausible mistake for a step, typed as a line, and the event the lab sees for it. */
    private record Mistake(String line, LabEvent event) {
        /** A wrong answer, the wrong QoS, a filter with a leading slash; empty for other checks. */
        static Optional<Mistake> of(StepCheck check, String lang) {
            if (check instanceof StepCheck.AnswerGiven a) {
                // a yes/no question gets the other answer, in the student's language; any other, a number nobody means
                Optional<Boolean> yes = a.accepted().stream().map(YesNo::of).flatMap(Optional::stream).findFirst();
                String wrong = yes.map(y -> lang.equals("ko") ? (y ? "아니요" : "네") : (y ? "no" : "yes")).orElse("12345");
                return Optional.of(new Mistake("answer " + wrong, new LabEvent.AnswerTyped(wrong)));
            }
            if (check instanceof StepCheck.PublishSeen p && p.qos().isPresent() && !(p.topic().contains("+") || p.topic().contains("#"))) {
                int qos = p.qos().getAsInt() == 0 ? 1 : 0;
                String payload = p.payload().filter(x -> !x.isEmpty()).orElse("x");
                return Optional.of(new Mistake("pub -t " + p.topic() + " -m " + payload + " -q " + qos,
                        new LabEvent.MessagePublished("student", p.topic(), qos, false, payload)));
            }
            if (check instanceof StepCheck.SubscriptionMade s && s.filter().isPresent() && !s.filter().get().startsWith("/")) {
                String filter = "/" + s.filter().get();
                return Optional.of(new Mistake("sub -t " + filter, new LabEvent.SubscriptionMade("student", filter, 0)));
            }
            return Optional.empty();
        }
    }
}
