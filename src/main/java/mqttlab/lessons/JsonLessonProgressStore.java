package mqttlab.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mqttlab.json.Json;

/**
 * Lesson progress in a small JSON file, {@code {"01": [1, 2, 6], "07": [1]}}: written whole to a
 * temporary file and moved over the old one, so a crash leaves the old file or the new, never half.
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
