package mqttlab.shell.classroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import mqttlab.classroom.ClassEvent;
import mqttlab.classroom.ProgressReport;
import mqttlab.classroom.StudentSession;
import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellAddOn;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import mqttlab.client.ClientSettings;

/**
 * A student's shell in class ({@code mqttlab --join}): prints every {@link ClassEvent} above the
 * prompt (those that came before the prompt, such as "Joined", right after the banner), and keeps
 * the instructor's scoreboard up to date: where the student is in the lessons and the steps done
 * (after each command and each step done), and the exercises passed ({@link ShellContext#exercisePassed}).
 * Usage: give {@link #events()} to {@link StudentSession#join}, then {@link #attach} the session.
 */
public final class StudentAddOn implements ShellAddOn {
    private final String user;
    private final Map<String, Integer> localExercises;
    private final Clock clock;
    private final int keepAliveSeconds;
    private final List<ClassEvent> early = new ArrayList<>();
    private volatile ShellContext ctx;
    private volatile StudentSession session;

    /**
     * {@code localExercises}: the exercises already passed here (best score by id), reported on joining;
     * {@code keepAliveSeconds}: the class link's, used for the shell's own first session too.
     */
    public StudentAddOn(String user, Map<String, Integer> localExercises, int keepAliveSeconds, Clock clock) {
        this.user = Objects.requireNonNull(user, "user");
        this.keepAliveSeconds = keepAliveSeconds;
        this.localExercises = Map.copyOf(localExercises);
        this.clock = clock;
    }

    /** Where the class's events go: held until the shell is up, then printed above the prompt. */
    public Consumer<ClassEvent> events() {
        return this::onEvent;
    }

    public void attach(StudentSession s) { this.session = s; }

    @Override
    public ClientSettings firstSession(ClientSettings u) { // the class link's keep-alive: the scoreboard sees a dead link as soon for both
        return new ClientSettings(u.host(), u.port(), u.version(), mqttlab.broker.connect.ClientIds.owned(user, "shell"), keepAliveSeconds,
                u.cleanSession(), u.sessionExpiry(), u.username(), u.password(), u.will(), u.connectProperties());
    }

    @Override
    public void started(ShellContext c) {
        c.joinedClassAs(user);
        synchronized (early) {
            ctx = c;
            early.forEach(this::print);
            early.clear();
        }
        c.lessons().onStepDone(done -> c.scheduler().execute(this::report));
        c.onExercisePassed(this::exercisePassed);
        ProgressReport r = ProgressReport.start(user, clock.instant());
        for (var e : localExercises.entrySet()) r = r.exercisePassed(e.getKey(), e.getValue(), clock.instant());
        if (session != null) session.reporter().report(withLessons(r));
    }

    @Override
    public void afterCommand(ShellContext c) { report(); }

    @Override
    public void stopping(ShellContext c) {
        if (session != null) session.close();
    }

    /** The exercises' hook: {@code exercise} passed with {@code score}; the best score is reported. */
    public void exercisePassed(String exercise, int score) {
        if (session != null) session.reporter().update(r -> r.exercisePassed(exercise, score, clock.instant()));
    }

    /** Sends where the student is in the lessons, when that changed since the last report. */
    void report() {
        StudentSession s = session;
        if (s == null) return;
        ProgressReport last = s.reporter().latest().orElse(ProgressReport.start(user, clock.instant()));
        ProgressReport next = withLessons(last);
        if (!next.lesson().equals(last.lesson()) || next.step() != last.step() || !next.steps().equals(last.steps())) {
            s.reporter().report(next);
        }
    }

    private ProgressReport withLessons(ProgressReport base) {
        ShellContext c = ctx;
        LessonSession ls = c == null ? null : c.lessons().maybe().orElse(null);
        if (ls == null) return base;
        ProgressReport r = base.steps(ls.progress(), clock.instant());
        var lesson = ls.currentLesson();
        return lesson.isPresent() ? r.at(lesson.get().key(), ls.currentStep(), clock.instant()) : r;
    }

    private void onEvent(ClassEvent e) {
        synchronized (early) {
            if (ctx == null) {
                early.add(e);
                return;
            }
        }
        print(e);
    }

    private void print(ClassEvent e) {
        var style = e instanceof ClassEvent.Lost || e instanceof ClassEvent.Refused ? Styles.ERROR
                : e instanceof ClassEvent.Announcement ? Styles.BOLD : Styles.OK;
        String text = e.message();
        ctx.printAsync(ctx.styles().styled(style, "[class] " + mqttlab.text.OutsideText.line(text)));
    }
}
