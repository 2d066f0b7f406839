package mqttlab.exercises;

import static mqttlab.text.Text.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.exercises.progress.Progress;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.exercises.progress.ProgressTable;
import mqttlab.text.Text;

/**
 * The shell's `exercise`, `exercise NN`, `hint [NN]`, `reset NN`, `check NN [--external]` and
 * `progress`, as plain methods returning text lines (Markdown for tasks; the shell renders it).
 */
public final class ExerciseCommands {
    private final ExerciseCatalog catalog;
    private final Workspace workspace;
    private final ProgressStore store;
    private final Checker checker;
    private volatile Exercise current;

    public ExerciseCommands(ExerciseCatalog catalog, Workspace workspace, ProgressStore store, Checker checker) {
        this.catalog = catalog;
        this.workspace = workspace;
        this.store = store;
        this.checker = checker;
    }

    /** The language the lab speaks now (`lang` may switch it while the shell runs). */
    private static String lang() {
        return Text.lang().tag();
    }

    /** `exercise`: every exercise with its status. */
    public List<String> list() {
        List<String> out = new ArrayList<>(warnings());
        out.addAll(ProgressTable.render(catalog.all(), store.load()));
        out.add(t("exercise.list.hint"));
        return out;
    }

    /** `exercise NN`: the task, and the file(s) to edit (created from the starters on first use). */
    public List<String> show(String id) throws IOException {
        Exercise e = catalog.require(id);
        current = e;
        Path folder = workspace.prepare(e);
        List<String> out = new ArrayList<>(Files.readAllLines(e.taskFile(lang()), StandardCharsets.UTF_8));
        for (String f : e.starters()) {
            out.add("");
            out.add(t("exercise.your.file", folder.resolve(f)));
        }
        out.add("");
        out.add(t("exercise.show.hint", e.id()));
        return out;
    }

    /** Whether an exercise was shown or checked: plain `hint` gives its hints. */
    public boolean hasCurrent() { return current != null; }

    /** `hint [NN]`: the hints in the session's language (the exercise last shown when no id). */
    public List<String> hint(String id) throws IOException {
        Exercise e = id == null || id.isBlank() ? current : catalog.require(id);
        if (e == null) return List.of(t("exercise.pick.first"));
        List<String> out = new ArrayList<>();
        boolean mine = false;
        for (String line : Files.readAllLines(e.hintsFile(), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                mine = line.substring(3).trim().equals(lang());
                continue;
            }
            if (mine && !line.isBlank()) out.add(line);
        }
        return out;
    }

    /** `reset NN`: restores the starters (the replaced files are kept as NAME.bak). */
    public List<String> reset(String id) throws IOException {
        Exercise e = catalog.require(id);
        Path f = workspace.reset(e);
        return List.of(t("exercise.reset", f));
    }

    /** `check NN`: grades, records the score, returns the report. */
    public List<String> check(String id, boolean external, ProgressListener progress) throws IOException {
        return check(id, external, progress, (exercise, score) -> { });
    }

    /** As {@link #check(String, boolean, ProgressListener)}, telling {@code onPass} (exercise id, score) when it passes. */
    public List<String> check(String id, boolean external, ProgressListener progress,
                              java.util.function.BiConsumer<String, Integer> onPass) throws IOException {
        Exercise e = catalog.require(id);
        current = e;
        Report r = checker.check(e, workspace.gradedFolder(e), external, progress);
        store.recordCheck(e.id(), r.score(), r.passed());
        if (r.passed()) onPass.accept(e.id(), r.score());
        List<String> out = new ArrayList<>(warnings());
        out.addAll(r.lines());
        return out;
    }

    /** `progress`: the table. */
    public List<String> progress() {
        List<String> out = new ArrayList<>(warnings());
        Progress p = store.load();
        out.addAll(ProgressTable.render(catalog.all(), p));
        return out;
    }

    private List<String> warnings() {
        return store.takeWarning().map(w -> List.of(t("exercise.warning", w))).orElse(List.of());
    }
}
