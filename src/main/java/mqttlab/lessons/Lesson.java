package mqttlab.lessons;

import java.util.List;
import java.util.Objects;

/**
 * A lesson in one language: its number ({@code id} 1–99), the file's key ({@code "07"}), title,
 * the Markdown before the first step ({@code intro}) and the steps.
 */
public record Lesson(int id, String lang, String slug, String title, String intro, List<Step> steps) {
    public Lesson {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) throw new IllegalArgumentException("lesson " + id + " has no steps");
    }

    /** The progress key shared by every language: the two-digit id. */
    public String key() { return String.format("%02d", id); }

    public Step step(int number) {
        if (number < 1 || number > steps.size()) throw new IllegalArgumentException("lesson " + id + " has no step " + number);
        return steps.get(number - 1);
    }
}
