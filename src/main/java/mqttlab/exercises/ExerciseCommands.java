package mqttlab.exercises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.exercises.progress.Progress;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.exercises.progress.ProgressTable;

/**
 * The shell's `exercise`, `exercise NN`, `hint [NN]`, `reset NN`, `check NN [--external]` and
 * `progress`, as plain methods returning text lines (Markdown for tasks; the shell renders it).
 */
public final class ExerciseCommands {
    private final ExerciseCatalog catalog;
    private final Workspace workspace;
    private final ProgressStore store;
    private final Checker checker;
    private final String lang;
    private volatile Exercise current;

    public ExerciseCommands(ExerciseCatalog catalog, Workspace workspace, ProgressStore store, Checker checker, String lang) {
        this.catalog = catalog;
        this.workspace = workspace;
        this.store = store;
        this.checker = checker;
        this.lang = lang;
    }

    /** `exercise`: every exercise with its status. */
    public List<String> list() {
        List<String> out = new ArrayList<>(warnings());
        out.addAll(ProgressTable.render(catalog.all(), store.load(), lang));
        out.add("ko".equals(lang) ? "`exercise 번호`로 과제를 봅니다." : "`exercise NN` shows a task.");
        return out;
    }

    /** `exercise NN`: the task, and the file(s) to edit (created from the starters on first use). */
    public List<String> show(String id) throws IOException {
        Exercise e = catalog.require(id);
        current = e;
        Path folder = workspace.prepare(e);
        List<String> out = new ArrayList<>(Files.readAllLines(e.taskFile(lang), StandardCharsets.UTF_8));
        for (String f : e.starters()) {
            out.add("");
            out.add(("ko".equals(lang) ? "편집할 파일: " : "Your file: ") + folder.resolve(f));
        }
        out.add("");
        out.add("ko".equals(lang) ? "`hint`로 힌트, `check " + e.id() + "`로 채점." : "`hint` for a hint, `check " + e.id() + "` to grade it.");
        return out;
    }

    /** `hint [NN]`: the hints in the session's language (the exercise last shown when no id). */
    public List<String> hint(String id) throws IOException {
        Exercise e = id == null || id.isBlank() ? current : catalog.require(id);
        if (e == null) return List.of("ko".equals(lang) ? "먼저 `exercise 번호`로 과제를 고르세요." : "Pick an exercise first: `exercise NN`.");
        List<String> out = new ArrayList<>();
        boolean mine = false;
        for (String line : Files.readAllLines(e.hintsFile(), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                mine = line.substring(3).trim().equals("ko".equals(lang) ? "ko" : "en");
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
        return List.of(("ko".equals(lang) ? "처음 상태로 되돌렸습니다: " : "Restored the starter in ") + f
                + ("ko".equals(lang) ? " (이전 파일은 .bak)" : " (your previous files are kept as .bak)"));
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
        out.addAll(r.lines(lang));
        return out;
    }

    /** `progress`: the table. */
    public List<String> progress() {
        List<String> out = new ArrayList<>(warnings());
        Progress p = store.load();
        out.addAll(ProgressTable.render(catalog.all(), p, lang));
        return out;
    }

    private List<String> warnings() {
        return store.takeWarning().map(w -> List.of("warning: " + w)).orElse(List.of());
    }
}
