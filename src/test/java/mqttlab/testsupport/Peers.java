package mqttlab.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finding the real MQTT peers tests talk to (Debian's mosquitto clients, Paho for Python). A test
 * whose peer is missing is skipped with a clear message, except when MQTTLAB_REQUIRE_PEERS=1 (CI):
 * then it fails.
 */
public final class Peers {
    private Peers() {}

    public static boolean required() {
        return "1".equals(System.getenv("MQTTLAB_REQUIRE_PEERS"));
    }

    /** The path of an executable on PATH (or in /usr/bin, /usr/sbin); skips or fails the test when absent. */
    public static Path require(String command) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/bin");
        dirs.add("/usr/sbin");
        for (String d : dirs) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, command);
            if (Files.isExecutable(p)) return p;
        }
        missing(command + " is not installed (Debian: apt-get install mosquitto mosquitto-clients)");
        return null;
    }

    /** A python3 that can import paho.mqtt (Debian's python3-paho-mqtt is for /usr/bin/python3, not necessarily the first on PATH). */
    public static Path pythonWithPaho() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/python3")));
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty()) candidates.add(Path.of(d, "python3"));
        }
        for (Path p : candidates) {
            if (!Files.isExecutable(p)) continue;
            try {
                Process proc = new ProcessBuilder(p.toString(), "-c", "import paho.mqtt.client").redirectErrorStream(true).start();
                if (proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0) return p;
                proc.destroyForcibly();
            } catch (Exception ignored) {
                // try the next one
            }
        }
        missing("no python3 with paho.mqtt found (Debian: apt-get install python3-paho-mqtt)");
        return null;
    }

    private static void missing(String message) {
        if (required()) Assertions.fail(message + ", and MQTTLAB_REQUIRE_PEERS=1 says peers must be present");
        Assumptions.abort(message + "; skipping (set MQTTLAB_REQUIRE_PEERS=1 to make this a failure)");
    }
}
