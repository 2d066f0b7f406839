package mqttlab.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a lesson: Markdown to show, and optionally what the student must do ({@code check},
 * with its source line), a hint (Markdown), and the shell lines that complete it ({@code solution},
 * never shown to the student; the shell-level walkthrough types them).
 */
public record Step(int number, String title, String body, Optional<StepCheck> check, Optional<String> checkSource,
                   Optional<String> hint, List<String> solution) {
    public Step {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        solution = List.copyOf(solution);
        if (number < 1) throw new IllegalArgumentException("steps are numbered from 1");
    }

    /** True when the student must do something for the step to complete. */
    public boolean interactive() { return check.isPresent(); }
}
