package mqttlab.exercises.progress;

import mqttlab.files.LabHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import mqttlab.lessons.JsonLessonProgressStore;
import mqttlab.lessons.LessonProgressStore;

/**
 * The lessons' progress kept in the one progress file ({@code progress.json}, {@link ProgressStore}:
 * atomic writes, an unreadable file kept aside), next to the exercises' scores. A {@code lessons.json}
 * from an older lab is taken over once and renamed {@code lessons.json.migrated}.
 */
public final class LessonSteps implements LessonProgressStore {
    static final String OLD_FILE = "lessons.json";

    private final ProgressStore store;
    private final Clock clock;

    public LessonSteps(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The store in {@code $MQTTLAB_HOME} (or {@code ~/.mqttlab}), with {@code lessons.json} migrated if present. */
    public static LessonSteps inLabHome() {
        Path home = LabHome.get();
        LessonSteps s = new LessonSteps(new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        s.migrate(home.resolve(OLD_FILE));
        return s;
    }

    public ProgressStore store() { return store; }

    /** Takes over an old {@code lessons.json}: its steps join those already kept; the file is renamed. */
    void migrate(Path old) {
        if (!Files.isRegularFile(old)) return;
        try {
            Map<String, Set<Integer>> steps = new JsonLessonProgressStore(old).load();
            Map<String, Set<Integer>> merged = new TreeMap<>(load());
            steps.forEach((lesson, done) -> merged.computeIfAbsent(lesson, k -> new TreeSet<>()).addAll(done));
            save(merged);
            Files.move(old, old.resolveSibling(OLD_FILE + ".migrated"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // the old file stays where it is; the lessons start from progress.json alone
        }
    }

    @Override
    public Map<String, Set<Integer>> load() {
        Progress p = store.load();
        var warning = store.takeWarning();
        Map<String, Set<Integer>> out = new TreeMap<>();
        p.lessons().forEach((lesson, lp) -> {
            Set<Integer> steps = new TreeSet<>();
            for (String s : lp.stepsDone()) {
                try {
                    steps.add(Integer.parseInt(s));
                } catch (NumberFormatException notAStep) {
                    // a step this version does not number: ignored
                }
            }
            out.put(lesson, steps);
        });
        if (warning.isPresent()) throw new IllegalStateException(warning.get());
        return out;
    }

    @Override
    public void save(Map<String, Set<Integer>> progress) {
        Instant now = clock.instant();
        try {
            store.update(p -> {
                Map<String, Progress.LessonProgress> lessons = new TreeMap<>(p.lessons());
                progress.forEach((lesson, done) -> {
                    Set<String> steps = new LinkedHashSet<>();
                    new TreeSet<>(done).forEach(n -> steps.add(Integer.toString(n)));
                    Progress.LessonProgress before = lessons.get(lesson);
                    if (before == null || !before.stepsDone().equals(steps)) lessons.put(lesson, new Progress.LessonProgress(steps, now));
                });
                return new Progress(lessons, p.exercises(), p.lang());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
