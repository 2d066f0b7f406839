package mqttlab.exercises.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a student's attempt (file name → content) into a folder. */
public final class Folders {
    private Folders() {
    }

    public static Path attempt(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        return dir;
    }
}
