package mqttlab.lessons;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: the project's lessons folder, found above the working directory. */
public final class LessonsFolder {
    private LessonsFolder() {}

    public static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("lessons/en"))) return p.resolve("lessons");
        }
        throw new IllegalStateException("no lessons folder above " + Path.of("").toAbsolutePath());
    }
}
