package mqttlab.classroom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.auth.ClientIdOwnership;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.Graders;
import mqttlab.exercises.Kind;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.Report;
import mqttlab.lessons.LabEvent;
import mqttlab.lessons.LessonCatalog;
import mqttlab.lessons.StepCheck;
import mqttlab.lessons.TapLessonEvents;
import mqttlab.protocol.packet.Connect;

/**
 * The instructor's lab grades what it saw itself: its broker taps every student's packets, and in
 * class every client id names its account ({@link ClientIdOwnership}), so a shell exercise a
 * student reports passed is graded again here by the exercise's own grader, over the packets of
 * that student's clients only, and a lesson step by the step's own check over the same packets.
 * A pass here is confirmed, with the score seen here; anything the
 * lab cannot see (a program run on the student's machine, a quiz answered in a local file, work
 * done before the class started) stays self-reported.
 */
public final class ClassGrader implements Witness, AutoCloseable {
    private final LabSystem lab;
    private final PacketHistory history;
    private final ClientIdOwnership ids;
    private final ExerciseCatalog exercises;
    private final LessonCatalog lessons;
    private final Path nowhere;

    /** Starts recording {@code lab}'s packets now; {@code nowhere}: a folder with no student files in it. */
    public ClassGrader(LabSystem lab, ClientIdOwnership ids, ExerciseCatalog exercises, LessonCatalog lessons, Path nowhere) {
        this.lab = lab;
        this.ids = ids;
        this.exercises = exercises;
        this.lessons = lessons;
        this.nowhere = nowhere;
        this.history = PacketHistory.record(lab);
    }

    @Override
    public OptionalInt exercise(String user, String exerciseId) {
        Exercise e = exercises.find(exerciseId).orElse(null);
        if (e == null || e.kind() != Kind.SHELL) return OptionalInt.empty();
        try {
            List<Criterion> criteria = Graders.of(e).grade(new Attempt(e, nowhere, new OneStudent(user), history, null, false));
            Report r = new Report(e, criteria);
            return r.passed() ? OptionalInt.of(r.score()) : OptionalInt.empty();
        } catch (Exception | LinkageError ex) { // a grader that needs what the class lab lacks (a student's file): not confirmed
            return OptionalInt.empty();
        }
    }

    /**
     * Whether {@code user}'s clients did what the step's check asks, in the packets the class broker
     * saw: the same check the student's shell ran, over the same events (a subscription made, a
     * message published or delivered, a client connected...). A step the broker cannot see (a shell
     * command, an answer typed, a reading step) is never confirmed here.
     */
    @Override
    public boolean step(String user, String lesson, int step) {
        Optional<StepCheck> check;
        try {
            check = lessons.lesson(LessonCatalog.DEFAULT_LANG, Integer.parseInt(lesson))
                    .filter(l -> step >= 1 && step <= l.steps().size()).flatMap(l -> l.step(step).check());
        } catch (NumberFormatException e) {
            return false;
        }
        if (check.isEmpty()) return false;
        TapLessonEvents events = new TapLessonEvents(); // one per pass: it pairs each CONNECT with its CONNACK
        for (TapEvent e : history.events()) {
            String id = e.clientId() != null ? e.clientId() : e.packet() instanceof Connect c ? c.clientId() : null;
            if (id == null || !ids.owner(id).map(user::equals).orElse(false)) continue;
            for (LabEvent seen : events.of(e)) {
                if (check.get().satisfiedBy(seen)) return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        history.close();
        try {
            java.nio.file.Files.deleteIfExists(nowhere);
        } catch (java.io.IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** The class lab seen as one student's: every client that is not theirs counts as the lab's own. */
    private final class OneStudent implements LabSystem {
        private final String user;

        OneStudent(String user) { this.user = user; }

        @Override public String host() { return lab.host(); }

        @Override public int port() { return lab.port(); }

        @Override public AutoCloseable onPacket(Consumer<TapEvent> listener) { return lab.onPacket(listener); }

        @Override public List<RetainedInfo> retained() { return lab.retained(); }

        @Override public BuildingControl building() { return lab.building(); }

        @Override public List<String> buildingTopics() { return lab.buildingTopics(); }

        @Override public boolean isInternalClient(String clientId) {
            return clientId == null || !ids.owner(clientId).map(user::equals).orElse(false);
        }

        @Override public boolean cut(String clientId) { return false; }
    }
}
