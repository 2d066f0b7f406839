package mqttlab.exercises;

import mqttlab.text.Cause;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mqttlab.text.Text;

/**
 * Runs an exercise's grader and turns whatever happens into a {@link Report}: a missing lab part or
 * a failure of the check itself becomes a ✘ line with one clear sentence, never a stack trace.
 */
public final class Checker {
    private final LabSystem lab;
    private final PacketHistory history;

    /** {@code lab} and {@code history} may be null (no broker, or no tap). */
    public Checker(LabSystem lab, PacketHistory history) {
        this.lab = lab;
        this.history = history;
    }

    public Report check(Exercise e, Path folder, boolean external, ProgressListener progress) {
        List<Criterion> criteria = new ArrayList<>();
        try {
            criteria.addAll(Graders.of(e).grade(new Attempt(e, folder, lab, history, progress, external)));
        } catch (LabUnavailableException x) {
            criteria.add(Criterion.fail(x.getMessage()));
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            criteria.add(Criterion.fail(Text.t("check.interrupted")));
        } catch (Exception x) {
            criteria.add(Criterion.fail(Text.t("check.could.not.run", mqttlab.text.Cause.of(x))));
        }
        return new Report(e, criteria);
    }

    /**
     * For shell actions: checks again every half second until the exercise passes or {@code wait}
     * is over, so a student can act while the check watches. Other kinds are checked once.
     */
    public Report checkWatching(Exercise e, Path folder, Duration wait, ProgressListener progress) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Report r = check(e, folder, false, progress);
        while (e.kind() == Kind.SHELL && !r.passed() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            r = check(e, folder, false, progress);
        }
        return r;
    }
}
