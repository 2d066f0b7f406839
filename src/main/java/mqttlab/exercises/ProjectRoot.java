package mqttlab.exercises;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project folder that holds {@code exercises/} and {@code solutions/}: the system property
 * {@code mqttlab.root} when set, else the working directory or the nearest parent that has both.
 */
public final class ProjectRoot {
    public static final String PROPERTY = "mqttlab.root";

    private ProjectRoot() {
    }

    public static Optional<Path> find() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            return isRoot(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRoot(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The root, or an exception whose message tells a person what to do. */
    public static Path require() {
        return find().orElseThrow(() -> new IllegalStateException(
                "cannot find the exercises: run the lab from the MQTT Lab folder, or set -D" + PROPERTY + "=<folder>"));
    }

    static boolean isRoot(Path p) {
        return Files.isDirectory(p.resolve("exercises")) && Files.isDirectory(p.resolve("solutions"));
    }
}
