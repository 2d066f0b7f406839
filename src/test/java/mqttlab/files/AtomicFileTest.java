package mqttlab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    @Test
    @DisplayName("replaces the file whole, makes missing folders, and leaves no temporary file")
    void replacesWhole() throws Exception {
        Path f = dir.resolve("a/b/data.json");
        AtomicFile.write(f, "one".getBytes());
        AtomicFile.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertEquals(List.of("data.json"), names(f.getParent()));
    }

    @Test
    @DisplayName("a crash's leftovers (ours, and the name.new that mosquitto and older labs use) are removed; other files stay")
    void removesLeftovers() throws Exception {
        Path f = dir.resolve("mosquitto.db");
        Files.writeString(dir.resolve("mosquitto.db.tmp-123"), "half");
        Files.writeString(dir.resolve("mosquitto.db.new"), "half");
        Files.writeString(dir.resolve("other.db.new"), "someone else's");
        AtomicFile.write(f, new byte[] {1});
        assertEquals(List.of("mosquitto.db", "other.db.new"), names(dir));
    }

    @Test
    @DisplayName("owner-only by default; other permissions exactly as asked, whatever the umask")
    void permissions() throws Exception {
        Path f = dir.resolve("progress.json");
        AtomicFile.write(f, new byte[0]);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        AtomicFile.write(f, new byte[0], PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
