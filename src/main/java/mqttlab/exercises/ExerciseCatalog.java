package mqttlab.exercises;

import static mqttlab.text.Text.t;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** The exercises in course order, loaded from {@code exercises/}{@code /NN-slug/exercise.properties}. */
public final class ExerciseCatalog {
    private final Path root;
    private final List<Exercise> exercises;

    private ExerciseCatalog(Path root, List<Exercise> exercises) {
        this.root = root;
        this.exercises = List.copyOf(exercises);
    }

    public static ExerciseCatalog load() {
        return load(ProjectRoot.require());
    }

    public static ExerciseCatalog load(Path root) {
        List<Exercise> list = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("exercises"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path meta = dir.resolve("exercise.properties");
                if (Files.isRegularFile(meta)) list.add(read(root, dir, meta));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(t("exercise.unreadable", root.resolve("exercises"), e.getMessage()), e);
        }
        list.sort(Comparator.comparing(Exercise::id));
        return new ExerciseCatalog(root, list);
    }

    private static Exercise read(Path root, Path dir, Path meta) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String slug = dir.getFileName().toString();
        String id = p.getProperty("id", slug.substring(0, Math.min(2, slug.length()))).trim();
        Map<String, String> settings = new HashMap<>();
        for (String k : p.stringPropertyNames()) settings.put(k, p.getProperty(k));
        List<String> starters = Arrays.stream(p.getProperty("starter", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Exercise(id, slug, p.getProperty("title.en", slug), p.getProperty("title.ko", ""),
                Kind.parse(p.getProperty("kind", "shell")), starters, dir, root.resolve("solutions").resolve(slug), settings);
    }

    public Path root() { return root; }

    public List<Exercise> all() { return exercises; }

    /** By id ("02", "2") or folder name ("02-room-filter"). */
    public Optional<Exercise> find(String key) {
        String k = key.trim();
        String padded = k.matches("\\d") ? "0" + k : k;
        return exercises.stream().filter(e -> e.id().equals(padded) || e.slug().equals(k)).findFirst();
    }

    public Exercise require(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(t("exercise.no.such", key)));
    }
}
