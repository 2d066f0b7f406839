package mqttlab.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One student on the scoreboard: connected now or not (from the broker), where they are and what
 * they have done (from their last progress report, as far as {@link ReportCheck} believes it;
 * empty before the first one), and which exercises only the student says they passed
 * ({@code selfReported}: the class lab did not see them done), and how many of the steps done the
 * class broker did not see done ({@code stepsSelfReported}).
 */
public record ScoreRow(String user, boolean connected, Optional<ProgressReport> report, Set<String> selfReported, int stepsSelfReported) {
    public ScoreRow {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(report, "report");
        selfReported = Set.copyOf(selfReported);
        if (stepsSelfReported < 0) throw new IllegalArgumentException("stepsSelfReported");
    }

    /** Steps done, {@code 7 (2*)} when two of them are self-reported. */
    public String stepsMark() {
        return stepsDone() + (stepsSelfReported > 0 ? " (" + stepsSelfReported + "*)" : "");
    }

    /** Each exercise passed, {@code 10*} when it is self-reported. */
    public List<String> exerciseMarks() {
        return exercises().keySet().stream().map(id -> selfReported.contains(id) ? id + "*" : id).toList();
    }

    /** "03.2", or "-" before any lesson. */
    public String where() {
        return report.map(ProgressReport::where).orElse("-");
    }

    public int stepsDone() {
        return report.map(ProgressReport::stepsDone).orElse(0);
    }

    /** Exercises passed, with the best score each. */
    public Map<String, Integer> exercises() {
        return report.map(ProgressReport::exercises).orElse(Map.of());
    }

    public Optional<Instant> lastActivity() {
        return report.map(ProgressReport::lastActivity);
    }
}
