package mqttlab.exercises;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** The report as text lines for the shell or the command line. */
    public List<String> lines(String lang) {
        List<String> out = new ArrayList<>();
        out.add("Exercise " + exercise.id() + " · " + exercise.title(lang));
        for (Criterion c : criteria) out.add("  " + c.line());
        out.add("Score: " + score() + "/100");
        if (passed()) {
            Path sol = exercise.solutionFolder();
            out.add("Passed. Compare notes with the reference solution: " + display(sol));
        } else {
            out.add("Not yet: fix the ✘ points and check again (`hint " + exercise.id() + "` helps).");
        }
        return out;
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
