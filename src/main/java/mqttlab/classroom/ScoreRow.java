package mqttlab.classroom;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One student on the scoreboard: connected now or not (from the broker), where they are and what
 * they have done (from their last progress report; empty before the first one).
 */
public record ScoreRow(String user, boolean connected, Optional<ProgressReport> report) {
    public ScoreRow {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(report, "report");
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
