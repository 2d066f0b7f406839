package mqttlab.exercises;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One exercise as {@code exercises/NN-slug/exercise.properties} describes it. {@code starters} are
 * the files the student edits (the ones {@code solutions/NN-slug/} holds solved).
 */
public record Exercise(String id, String slug, String titleEn, String titleKo, Kind kind, List<String> starters,
                       Path folder, Path solutionFolder, Map<String, String> settings) {
    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        starters = List.copyOf(starters);
        settings = Map.copyOf(settings);
    }

    public String title(String lang) {
        return "ko".equals(lang) && titleKo != null && !titleKo.isBlank() ? titleKo : titleEn;
    }

    /** The task's Markdown file for a language ("en" or "ko"). */
    public Path taskFile(String lang) {
        return folder.resolve("ko".equals(lang) ? "task.ko.md" : "task.md");
    }

    public Path hintsFile() {
        return folder.resolve("hints.md");
    }

    public double number(String key, double fallback) {
        String v = settings.get(key);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
