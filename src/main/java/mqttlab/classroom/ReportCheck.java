package mqttlab.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import mqttlab.text.Text;

/**
 * A student writes their own {@code lab/progress/<user>}, so the instructor's lab believes a report
 * only as far as the course allows: the open lesson and its step must exist, steps done must be
 * steps of real lessons, exercises must exist and scores be 0 to 100; the rest is dropped, and
 * each drop is a problem for the instructor to read. What is kept is made only of the course's own
 * ids and numbers, so no text of the student's reaches the scoreboard or the export. The problems
 * never repeat the student's text either.
 */
public final class ReportCheck {
    /** How far ahead of the instructor's clock a report's time may be (clocks differ a little). */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final CourseShape course;
    private final Clock clock;

    public ReportCheck(CourseShape course, Clock clock) {
        this.course = course;
        this.clock = clock;
    }

    /** The report as far as it can be believed, and what was dropped. */
    public record Checked(ProgressReport report, List<String> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** Checks {@code r}, filed under {@code user} (the user of its topic, whatever its body says). */
    public Checked check(String user, ProgressReport r) {
        List<String> problems = new ArrayList<>();
        Optional<String> lesson = r.lesson();
        int step = r.step();
        if (lesson.isPresent()) {
            Optional<Integer> steps = course.steps(lesson.get());
            if (steps.isEmpty()) {
                problems.add(Text.t("class.report.no.lesson"));
                lesson = Optional.empty();
                step = 0;
            } else if (step < 0 || step > steps.get()) {
                problems.add(Text.t("class.report.no.step", lesson.get(), step));
                step = 0;
            }
        } else {
            step = 0;
        }
        Map<String, SortedSet<Integer>> done = new TreeMap<>();
        for (var e : r.steps().entrySet()) {
            Optional<Integer> steps = course.steps(e.getKey());
            if (steps.isEmpty()) {
                problems.add(Text.t("class.report.no.lesson"));
                continue;
            }
            SortedSet<Integer> ok = new TreeSet<>();
            for (int s : e.getValue()) {
                if (s >= 1 && s <= steps.get()) ok.add(s);
                else problems.add(Text.t("class.report.no.step", e.getKey(), s));
            }
            if (!ok.isEmpty()) done.put(e.getKey(), ok);
        }
        Map<String, Integer> exercises = new TreeMap<>();
        for (var e : r.exercises().entrySet()) {
            if (course.exercise(e.getKey()).isEmpty()) {
                problems.add(Text.t("class.report.no.exercise"));
            } else if (e.getValue() < 0 || e.getValue() > 100) {
                problems.add(Text.t("class.report.score", e.getKey()));
            } else {
                exercises.put(e.getKey(), e.getValue());
            }
        }
        Instant now = clock.instant();
        Instant at = r.lastActivity();
        if (at.isAfter(now.plus(CLOCK_SLACK))) {
            problems.add(Text.t("class.report.future"));
            at = now;
        }
        return new Checked(new ProgressReport(user, lesson, step, done, exercises, at), problems);
    }
}
