package mqttlab.lessons;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a lesson: Markdown to show, and optionally what the student must do ({@code check},
 * with its source line), a hint (Markdown), and the shell lines that complete it ({@code solution},
 * never shown to the student; the shell-level walkthrough types them), and for a question, what to say
 * to each answer ({@code feedback}: answer to Markdown, {@code *} for any other wrong answer).
 */
public record Step(int number, String title, String body, Optional<StepCheck> check, Optional<String> checkSource,
                   Optional<String> hint, List<String> solution, Map<String, String> feedback) {
    public Step {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        solution = List.copyOf(solution);
        feedback = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feedback));
        if (number < 1) throw new IllegalArgumentException("steps are numbered from 1");
    }

    /** True when the student must do something for the step to complete. */
    public boolean interactive() { return check.isPresent(); }

    /** What to say to this answer: its own feedback, else the {@code *} one for a wrong answer. */
    public Optional<String> feedbackFor(String answer, boolean right) {
        for (Map.Entry<String, String> f : feedback.entrySet()) {
            if (!f.getKey().equals("*") && StepCheck.AnswerGiven.same(f.getKey(), answer)) return Optional.of(f.getValue());
        }
        return right ? Optional.empty() : Optional.ofNullable(feedback.get("*"));
    }
}
