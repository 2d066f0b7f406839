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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lesson progress in a small JSON file, {@code {"01": [1, 2, 6], "07": [1]}}: written whole to a
 * temporary file and moved over the old one, so a crash leaves the old file or the new, never half.
 */
public final class JsonLessonProgressStore implements LessonProgressStore {
    private static final Pattern ENTRY = Pattern.compile("\"(\\d{1,3})\"\\s*:\\s*\\[([\\d,\\s]*)]");
    private static final Pattern WHOLE = Pattern.compile("\\s*\\{\\s*(" + ENTRY.pattern() + "\\s*,?\\s*)*}\\s*");
    private final Path file;

    public JsonLessonProgressStore(Path file) { this.file = file; }

    /** {@code $MQTTLAB_HOME/lessons.json}, or {@code ~/.mqttlab/lessons.json}. */
    public static JsonLessonProgressStore inLabHome() {
        String home = System.getenv("MQTTLAB_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".mqttlab");
        return new JsonLessonProgressStore(dir.resolve("lessons.json"));
    }

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
        if (!WHOLE.matcher(text).matches()) throw new IllegalStateException(file + " is not a lesson progress file");
        Map<String, Set<Integer>> out = new TreeMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            Set<Integer> steps = new TreeSet<>();
            for (String n : m.group(2).split(",")) if (!n.isBlank()) steps.add(Integer.parseInt(n.strip()));
            out.put(m.group(1), steps);
        }
        return out;
    }

    @Override
    public synchronized void save(Map<String, Set<Integer>> progress) {
        String json = new TreeMap<>(progress).entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + new TreeSet<>(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
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
