package mqttlab.classroom;

import mqttlab.json.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a student's lab tells the instructor, as the small JSON document published retained on
 * {@code lab/progress/<user>}:
 * <pre>{"user":"alice","lesson":"03","step":2,"steps":{"01":[1,2,3],"03":[1]},
 *  "exercises":{"02":100},"lastActivity":"2025-05-01T09:12:30Z"}</pre>
 * {@code lesson} is the open lesson (2-digit id, absent when none) and {@code step} its current step;
 * {@code steps} the steps done per lesson (the lessons engine's progress map); {@code exercises} the
 * exercises passed with the best score. Immutable; the withers return updated copies.
 */
public record ProgressReport(String user, Optional<String> lesson, int step, Map<String, SortedSet<Integer>> steps,
                             Map<String, Integer> exercises, Instant lastActivity) {

    public ProgressReport {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(lastActivity, "lastActivity");
        TreeMap<String, SortedSet<Integer>> s = new TreeMap<>();
        steps.forEach((k, v) -> s.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        steps = Collections.unmodifiableSortedMap(s);
        exercises = Collections.unmodifiableSortedMap(new TreeMap<>(exercises));
    }

    /** Nothing done yet. */
    public static ProgressReport start(String user, Instant at) {
        return new ProgressReport(user, Optional.empty(), 0, Map.of(), Map.of(), at);
    }

    /** The student opened {@code lesson} (e.g. "03") and is on {@code step}. */
    public ProgressReport at(String lesson, int step, Instant when) {
        return new ProgressReport(user, Optional.of(lesson), step, steps, exercises, when);
    }

    /** A step was done. */
    public ProgressReport stepDone(String lesson, int step, Instant when) {
        Map<String, SortedSet<Integer>> s = new TreeMap<>(steps);
        SortedSet<Integer> set = new TreeSet<>(s.getOrDefault(lesson, new TreeSet<>()));
        set.add(step);
        s.put(lesson, set);
        return new ProgressReport(user, this.lesson, this.step, s, exercises, when);
    }

    /** The whole lessons progress at once (the lessons engine's {@code progress()} map). */
    public ProgressReport steps(Map<String, ? extends Set<Integer>> all, Instant when) {
        Map<String, SortedSet<Integer>> s = new TreeMap<>();
        all.forEach((k, v) -> s.put(k, new TreeSet<>(v)));
        return new ProgressReport(user, lesson, step, s, exercises, when);
    }

    /** An exercise passed with {@code score}; the best score is kept. */
    public ProgressReport exercisePassed(String exercise, int score, Instant when) {
        Map<String, Integer> e = new TreeMap<>(exercises);
        e.merge(exercise, score, Math::max);
        return new ProgressReport(user, lesson, step, steps, e, when);
    }

    /** "03.2" for lesson 03 step 2, or "-" before any lesson is opened. */
    public String where() {
        return lesson.map(l -> l + "." + step).orElse("-");
    }

    public int stepsDone() {
        return steps.values().stream().mapToInt(Set::size).sum();
    }

    /** The document on the wire: Gson writes the components in this order and leaves out a null {@code lesson}. */
    private record Document(String user, String lesson, Integer step, SortedMap<String, SortedSet<Integer>> steps,
                            SortedMap<String, Integer> exercises, String lastActivity) { }

    public String toJson() {
        return Json.COMPACT.toJson(new Document(user, lesson.orElse(null), step, new TreeMap<>(steps), new TreeMap<>(exercises),
                lastActivity.toString()));
    }

    /** Reads a report; a document that is not one throws {@link IllegalArgumentException} with a reason. */
    public static ProgressReport fromJson(String json) {
        Document d = Json.read(json, Document.class);
        if (d.user() == null) throw new IllegalArgumentException("the report has no \"user\"");
        Instant at;
        try {
            at = Instant.parse(String.valueOf(d.lastActivity()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the report's \"lastActivity\" is not an ISO-8601 instant");
        }
        // a classmate's document may hold nulls where numbers belong: those entries are left out
        Map<String, SortedSet<Integer>> steps = new TreeMap<>();
        if (d.steps() != null) d.steps().forEach((k, v) -> { if (v != null) steps.put(k, v); });
        Map<String, Integer> exercises = new TreeMap<>();
        if (d.exercises() != null) d.exercises().forEach((k, v) -> { if (v != null) exercises.put(k, v); });
        return new ProgressReport(d.user(), Optional.ofNullable(d.lesson()), d.step() == null ? 0 : d.step(), steps, exercises, at);
    }
}
