package mqttlab.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mqttlab.files.AtomicFile;
import mqttlab.json.Json;

/**
 * Lesson progress in a small JSON file, {@code {"01": [1, 2, 6], "07": [1]}}, as labs before
 * {@code progress.json} kept it ({@code LessonSteps} takes it over); replaced whole through {@link AtomicFile}.
 */
public final class JsonLessonProgressStore implements LessonProgressStore {
    /** The file's one object: lesson key ("07", up to three digits) to the step numbers done. */
    private static final class Steps extends TreeMap<String, TreeSet<Integer>> { }
    private static final Pattern LESSON_KEY = Pattern.compile("\\d{1,3}");
    private final Path file;

    public JsonLessonProgressStore(Path file) { this.file = file; }

    public Path file() { return file; }

    /** What the file holds; empty when there is no file. A file that is not ours throws, with its name. */
    @Override
    public synchronized Map<String, Set<Integer>> load() {
        if (!Files.exists(file)) return new TreeMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Steps steps;
        try {
            steps = Json.read(text, Steps.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a lesson progress file: " + e.getMessage(), e);
        }
        steps.forEach((lesson, done) -> {
            if (!LESSON_KEY.matcher(lesson).matches() || done == null) throw new IllegalStateException(file + " is not a lesson progress file");
        });
        return new TreeMap<>(steps);
    }

    @Override
    public synchronized void save(Map<String, Set<Integer>> progress) {
        Steps sorted = new Steps();
        progress.forEach((lesson, done) -> sorted.put(lesson, new TreeSet<>(done)));
        String json = Json.PRETTY.toJson(sorted) + "\n";
        try {
            AtomicFile.write(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
