package mqttlab.exercises.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code progress.json} as it is written, one record per JSON object (Gson reads and writes them):
 * <pre>{"format": 1, "lessons": {"06": {"steps": ["2"], "updated": "…"}},
 *  "exercises": {"03": {"bestScore": 100, "passed": true, "when": "…", "attempts": 3}}, "lang": "ko"}</pre>
 * Files from older labs still read: steps written as numbers ({@code [1, 2]}), keys in another order,
 * no {@code attempts} (one attempt) and no {@code lang}.
 */
record ProgressFile(int format, SortedMap<String, Lesson> lessons, SortedMap<String, Exercise> exercises, String lang) {

    record Lesson(List<String> steps, Instant updated) { }

    /** {@code attempts} is null in files written before attempts were counted. */
    record Exercise(int bestScore, boolean passed, Instant when, Integer attempts) { }

    static ProgressFile of(Progress p) {
        SortedMap<String, Lesson> ls = new TreeMap<>();
        p.lessons().forEach((k, v) -> ls.put(k, new Lesson(new ArrayList<>(v.stepsDone()), v.updated())));
        SortedMap<String, Exercise> xs = new TreeMap<>();
        p.exercises().forEach((k, v) -> xs.put(k, new Exercise(v.bestScore(), v.passed(), v.when(), v.attempts())));
        return new ProgressFile(Progress.FORMAT, ls, xs, p.lang());
    }

    /** The progress this file holds; a lesson or exercise without its time is not ours (NullPointerException). */
    Progress progress() {
        Map<String, Progress.LessonProgress> ls = new TreeMap<>();
        if (lessons != null) lessons.forEach((k, v) -> ls.put(k, new Progress.LessonProgress(
                new LinkedHashSet<>(Objects.requireNonNull(v.steps(), "lesson " + k + " has no steps")),
                Objects.requireNonNull(v.updated(), "lesson " + k + " has no time"))));
        Map<String, Progress.ExerciseResult> xs = new TreeMap<>();
        if (exercises != null) exercises.forEach((k, v) -> xs.put(k, new Progress.ExerciseResult(v.bestScore(), v.passed(),
                Objects.requireNonNull(v.when(), "exercise " + k + " has no time"), v.attempts() == null ? 1 : v.attempts())));
        return new Progress(ls, xs, lang);
    }
}
