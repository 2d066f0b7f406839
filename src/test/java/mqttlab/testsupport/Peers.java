package mqttlab.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that use a Debian peer (mosquitto, mosquitto_pub/sub, python3-paho-mqtt):
 * skip with a clear message when it is missing, unless {@code MQTTLAB_REQUIRE_PEERS=1} (CI), then fail.
 */
public final class Peers {

    private Peers() {}

    public static boolean required() {
        return "1".equals(System.getenv("MQTTLAB_REQUIRE_PEERS"));
    }

    /** The program's path; skips (or, when peers are required, fails) the test when it is absent. */
    public static Path require(String program) {
        Optional<Path> found = find(program);
        if (found.isEmpty()) missing(program + " is not installed (apt-get install mosquitto mosquitto-clients python3-paho-mqtt)");
        return found.orElseThrow();
    }

    /** Skips or fails, as the rule says, for a peer that is missing for another reason. */
    public static void missing(String why) {
        if (required()) Assertions.fail("peer required (MQTTLAB_REQUIRE_PEERS=1): " + why);
        Assumptions.abort("skipped, peer missing: " + why);
    }

    /** Looks on PATH and in the sbin folders, where Debian puts the mosquitto broker. */
    public static Optional<Path> find(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
