package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the Debian peers interop tests use (mosquitto, mosquitto_pub/sub/passwd, python3 with
 * paho-mqtt). When one is missing the test is skipped with a clear message, unless
 * {@code MQTTLAB_REQUIRE_PEERS=1} (CI): then it fails.
 */
public final class Peers {
    private static final List<String> EXTRA_DIRS = List.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/bin", "/sbin");

    private Peers() { }

    public static boolean required() {
        return "1".equals(System.getenv("MQTTLAB_REQUIRE_PEERS"));
    }

    /** The path of an executable on PATH (or in the usual system folders, /usr/sbin for mosquitto), or skip/fail. */
    public static Path require(String command) {
        Path p = find(command);
        if (p == null) missing(command + " is not installed (Debian: apt-get install mosquitto mosquitto-clients)");
        return p;
    }

    /** A python interpreter that can {@code import paho.mqtt.client}: /usr/bin/python3 first, then PATH's; or skip/fail. */
    public static Path python3WithPaho() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/python3"));
        Path onPath = find("python3");
        if (onPath != null) candidates.add(onPath);
        for (Path py : candidates) {
            if (Files.isExecutable(py) && canImportPaho(py)) return py;
        }
        missing("no python3 with paho-mqtt found (Debian: apt-get install python3-paho-mqtt)");
        return null;
    }

    private static boolean canImportPaho(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-c", "import paho.mqtt.client")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    public static Path find(String command) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
        dirs.addAll(EXTRA_DIRS);
        for (String d : dirs) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    public static void missing(String why) {
        if (required()) fail("MQTTLAB_REQUIRE_PEERS=1 but " + why);
        Assumptions.abort("skipped: " + why);
    }

    /** Skips (or, under MQTTLAB_REQUIRE_PEERS=1, fails) unless {@code present}. */
    public static void require(boolean present, String what) {
        if (!present) missing(what + " is not installed");
    }

    /** Debian's mosquitto broker binary. */
    public static Path mosquitto() {
        return require("mosquitto");
    }

    /** Same as {@link #python3WithPaho()}. */
    public static Path pythonWithPaho() {
        return python3WithPaho();
    }
}
