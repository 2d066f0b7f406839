package mqttlab.exercises;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.text.Text;

/** The result of one check: every criterion, a score out of 100, and where the reference solution is. */
public record Report(Exercise exercise, List<Criterion> criteria) {
    public Report {
        criteria = List.copyOf(criteria);
    }

    public boolean passed() {
        return !criteria.isEmpty() && criteria.stream().allMatch(Criterion::passed);
    }

    public int score() {
        if (criteria.isEmpty()) return 0;
        long ok = criteria.stream().filter(Criterion::passed).count();
        return (int) Math.round(100.0 * ok / criteria.size());
    }

    /** The report as text lines for the shell, in the language the lab speaks. */
    public List<String> lines() {
        return lines(true);
    }

    /** The report as text lines; {@code inShell} false: for `mqttlab check`, where `hint` is not a command. */
    public List<String> lines(boolean inShell) {
        List<String> out = new ArrayList<>();
        out.add(Text.t("check.report.title", exercise.id(), exercise.title(Text.lang().tag())));
        for (Criterion c : criteria) out.add("  " + c.line());
        out.add(Text.t("check.report.score", score()));
        if (passed()) {
            Path sol = exercise.solutionFolder();
            out.add(Text.t("check.report.passed", display(sol)));
        } else {
            out.add(Text.t(inShell ? "check.report.not.yet" : "check.report.not.yet.cli", exercise.id()));
        }
        return out;
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
