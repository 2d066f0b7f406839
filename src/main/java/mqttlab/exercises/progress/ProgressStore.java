package mqttlab.exercises.progress;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import mqttlab.files.AtomicFile;
import mqttlab.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code <home>/progress.json}. Every change replaces the file through {@link AtomicFile}: a crash
 * mid-write leaves the previous file intact (and at worst a stray temporary file, removed on the next write). A file that cannot
 * be read is renamed {@code progress.json.corrupt-<time>} and reported, never silently dropped.
 */
public final class ProgressStore {
    public static final String FILE = "progress.json";

    private final Path home;
    private final Clock clock;
    private volatile String warning;

    public ProgressStore(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    public Path file() {
        return home.resolve(FILE);
    }

    /** The last problem met reading the file (a corrupt file put aside), once; then empty. */
    public Optional<String> takeWarning() {
        String w = warning;
        warning = null;
        return Optional.ofNullable(w);
    }

    public synchronized Progress load() {
        Path f = file();
        if (!Files.exists(f)) return Progress.empty();
        try {
            return Json.read(Files.readString(f, StandardCharsets.UTF_8), ProgressFile.class).progress();
        } catch (IOException | RuntimeException e) {
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = home.resolve(FILE + ".corrupt-" + stamp);
            try {
                Files.move(f, aside, StandardCopyOption.REPLACE_EXISTING);
                warning = t("progress.unreadable", f, mqttlab.text.Cause.of(e), aside.getFileName());
            } catch (IOException moveFailed) {
                warning = t("progress.unreadable.stuck", f, e.getMessage(), moveFailed.getMessage());
            }
            return Progress.empty();
        }
    }

    /** Loads, applies the change, writes atomically, and returns the new progress. */
    public synchronized Progress update(UnaryOperator<Progress> change) throws IOException {
        Progress next = change.apply(load());
        save(next);
        return next;
    }

    public Progress recordCheck(String exercise, int score, boolean passed) throws IOException {
        return update(p -> p.withCheck(exercise, score, passed, clock.instant()));
    }

    /** The language remembered in the file, read without touching it (a file that cannot be read remembers none). */
    public Optional<String> peekLang() {
        try {
            JsonObject root = Json.read(Files.readString(file(), StandardCharsets.UTF_8), JsonObject.class);
            return root.get("lang") instanceof JsonPrimitive t && t.isString() ? Optional.of(t.getAsString()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the language the learner chose ({@code en} or {@code ko}). */
    public Progress recordLang(String tag) throws IOException {
        return update(p -> p.withLang(tag));
    }

    public Progress recordStep(String lesson, String step) throws IOException {
        return update(p -> p.withStep(lesson, step, clock.instant()));
    }

    synchronized void save(Progress p) throws IOException {
        AtomicFile.write(file(), (Json.PRETTY.toJson(ProgressFile.of(p)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
