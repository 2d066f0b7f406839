package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Interop peers (Debian's mosquitto, mosquitto_sub/pub, tmux, paho for /usr/bin/python3): a test that
 * needs one is skipped with a clear message when it is missing, unless MQTTLAB_REQUIRE_PEERS=1,
 * when it fails instead (CI on a machine that has them).
 */
public final class Peers {
    private Peers() { }

    /** The peer's path on PATH (or as given, if absolute); skips or fails the test when absent. */
    public static Path require(String program) {
        Path found = find(program);
        if (found == null) {
            String msg = program + " is not installed (apt-get install mosquitto mosquitto-clients tmux); interop test skipped";
            if ("1".equals(System.getenv("MQTTLAB_REQUIRE_PEERS"))) fail(msg + " — but MQTTLAB_REQUIRE_PEERS=1");
            Assumptions.abort(msg);
        }
        return found;
    }

    public static Path find(String program) {
        if (program.startsWith("/")) return Files.isExecutable(Path.of(program)) ? Path.of(program) : null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        for (String dir : new String[] {"/usr/sbin", "/usr/bin", "/sbin"}) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
