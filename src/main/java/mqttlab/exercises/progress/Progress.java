package mqttlab.exercises.progress;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the learner has done: lessons' steps, and each exercise's best score and when it was reached;
 * and the language they chose with the shell's {@code lang} command ({@code en}, {@code ko}; null: not chosen).
 */
public record Progress(Map<String, LessonProgress> lessons, Map<String, ExerciseResult> exercises, String lang) {
    public static final int FORMAT = 1;

    public Progress {
        lessons = Map.copyOf(lessons);
        exercises = Map.copyOf(exercises);
    }

    public Progress(Map<String, LessonProgress> lessons, Map<String, ExerciseResult> exercises) {
        this(lessons, exercises, null);
    }

    public Progress withLang(String tag) {
        return new Progress(lessons, exercises, tag);
    }

    public static Progress empty() {
        return new Progress(Map.of(), Map.of());
    }

    public record LessonProgress(Set<String> stepsDone, Instant updated) {
        public LessonProgress {
            stepsDone = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(stepsDone));
        }
    }

    /** {@code bestScore} 0..100, {@code passed} true once every criterion passed, {@code when} the best's time. */
    public record ExerciseResult(int bestScore, boolean passed, Instant when, int attempts) {
    }

    public Progress withStep(String lesson, String step, Instant now) {
        Map<String, LessonProgress> l = new TreeMap<>(lessons);
        Set<String> steps = new LinkedHashSet<>(l.containsKey(lesson) ? l.get(lesson).stepsDone() : Set.of());
        steps.add(step);
        l.put(lesson, new LessonProgress(steps, now));
        return new Progress(l, exercises, lang);
    }

    /** Records one check; the best score (and its time) is kept, a lower one only counts as an attempt. */
    public Progress withCheck(String exercise, int score, boolean passed, Instant now) {
        Map<String, ExerciseResult> x = new TreeMap<>(exercises);
        ExerciseResult old = x.get(exercise);
        ExerciseResult next = old == null || score > old.bestScore() || (passed && !old.passed())
                ? new ExerciseResult(Math.max(score, old == null ? 0 : old.bestScore()), passed || (old != null && old.passed()), now,
                        old == null ? 1 : old.attempts() + 1)
                : new ExerciseResult(old.bestScore(), old.passed(), old.when(), old.attempts() + 1);
        x.put(exercise, next);
        return new Progress(lessons, x, lang);
    }
}
