package mqttlab.classroom;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.Kind;
import mqttlab.lessons.Lesson;
import mqttlab.lessons.LessonCatalog;

/**
 * What exists in the course, for checking a student's progress report against it: the exercises
 * by id ({@code "02"}) with how each is graded, and the lessons by key ({@code "06"}) with their
 * number of steps.
 */
public record CourseShape(Map<String, Kind> exercises, Map<String, Integer> lessonSteps) {
    public CourseShape {
        exercises = Map.copyOf(exercises);
        lessonSteps = Map.copyOf(lessonSteps);
    }

    /** The course the lab ships with. */
    public static CourseShape load() {
        return of(ExerciseCatalog.load(), LessonCatalog.locate());
    }

    public static CourseShape of(ExerciseCatalog exercises, LessonCatalog lessons) {
        Map<String, Kind> ex = new TreeMap<>();
        for (Exercise e : exercises.all()) ex.put(e.id(), e.kind());
        Map<String, Integer> steps = new TreeMap<>();
        for (Lesson l : lessons.lessons(LessonCatalog.DEFAULT_LANG)) steps.put(l.key(), l.steps().size());
        return new CourseShape(ex, steps);
    }

    public Optional<Kind> exercise(String id) { return Optional.ofNullable(exercises.get(id)); }

    /** The number of steps of lesson {@code key}; empty for a lesson that does not exist. */
    public Optional<Integer> steps(String key) { return Optional.ofNullable(lessonSteps.get(key)); }
}
