package mqttlab.classroom;

import mqttlab.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    public String toJson() {
        StringBuilder b = new StringBuilder("{\"user\":").append(Json.quote(user));
        lesson.ifPresent(l -> b.append(",\"lesson\":").append(Json.quote(l)));
        b.append(",\"step\":").append(step).append(",\"steps\":{");
        String sep = "";
        for (var e : steps.entrySet()) {
            b.append(sep).append(Json.quote(e.getKey())).append(":").append(e.getValue().toString().replace(" ", ""));
            sep = ",";
        }
        b.append("},\"exercises\":{");
        sep = "";
        for (var e : exercises.entrySet()) {
            b.append(sep).append(Json.quote(e.getKey())).append(":").append(e.getValue());
            sep = ",";
        }
        return b.append("},\"lastActivity\":").append(Json.quote(lastActivity.toString())).append("}").toString();
    }

    /** Reads a report; a document that is not one throws {@link IllegalArgumentException} with a reason. */
    @SuppressWarnings("unchecked")
    public static ProgressReport fromJson(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> m)) throw new IllegalArgumentException("a progress report is a JSON object");
        Object user = m.get("user");
        if (!(user instanceof String u)) throw new IllegalArgumentException("the report has no \"user\"");
        Optional<String> lesson = m.get("lesson") instanceof String l ? Optional.of(l) : Optional.empty();
        int step = m.get("step") instanceof Double d ? d.intValue() : 0;
        Map<String, SortedSet<Integer>> steps = new TreeMap<>();
        if (m.get("steps") instanceof Map<?, ?> sm) {
            for (var e : ((Map<String, Object>) sm).entrySet()) {
                List<Integer> nums = new ArrayList<>();
                if (e.getValue() instanceof List<?> list) for (Object o : list) if (o instanceof Double d) nums.add(d.intValue());
                steps.put(e.getKey(), new TreeSet<>(nums));
            }
        }
        Map<String, Integer> exercises = new TreeMap<>();
        if (m.get("exercises") instanceof Map<?, ?> em) {
            for (var e : ((Map<String, Object>) em).entrySet()) {
                if (e.getValue() instanceof Double d) exercises.put(e.getKey(), d.intValue());
            }
        }
        Instant at;
        try {
            at = Instant.parse(String.valueOf(m.get("lastActivity")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the report's \"lastActivity\" is not an ISO-8601 instant");
        }
        return new ProgressReport(u, lesson, step, steps, exercises, at);
    }
}
