package mqttlab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The students a class on an upstream broker expects, from a file the instructor already has: a
 * mosquitto password file ({@code alice:$7$...}) or one name per line; blank lines and {@code #}
 * comments are skipped. Only the names are read: the accounts themselves live on that broker.
 */
final class RosterFile {
    private RosterFile() { }

    static List<String> names(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            String name = (colon < 0 ? l : l.substring(0, colon)).strip();
            if (!name.isEmpty() && !out.contains(name)) out.add(name);
        }
        return out;
    }
}
