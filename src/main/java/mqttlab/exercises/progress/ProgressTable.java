package mqttlab.exercises.progress;

import static mqttlab.text.Text.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mqttlab.exercises.Exercise;
import mqttlab.text.Text;
import mqttlab.text.Table;

/** The `progress` table: one row per exercise, aligned by display width (Korean is two columns wide). */
public final class ProgressTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ProgressTable() {
    }

    /** The table in the language the lab speaks. */
    public static List<String> render(List<Exercise> exercises, Progress progress) {
        String lang = Text.lang().tag();
        Table table = new Table("#", t("progress.col.exercise"), t("progress.col.status"), t("progress.col.best"), t("progress.col.when"));
        int passed = 0;
        for (Exercise e : exercises) {
            Progress.ExerciseResult r = progress.exercises().get(e.id());
            if (r != null && r.passed()) passed++;
            String status = r == null ? "·" : r.passed() ? "✔" : "✘";
            table.row(e.id(), e.title(lang), status, r == null ? "" : r.bestScore() + "/100", r == null ? "" : WHEN.format(r.when()));
        }
        List<String> out = new ArrayList<>(table.lines());
        out.add(t("progress.summary", passed, exercises.size(), progress.lessons().size()));
        return out;
    }
}
