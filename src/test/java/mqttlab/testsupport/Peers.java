package mqttlab.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian peers (mosquitto, python3 with paho) for interop tests: a test skips with a clear message
 * when one is missing, unless MQTTLAB_REQUIRE_PEERS=1, where it fails instead.
 */
public final class Peers {
    private Peers() {
    }

    public static void require(boolean present, String what) {
        if (present) return;
        if ("1".equals(System.getenv("MQTTLAB_REQUIRE_PEERS"))) {
            Assertions.fail(what + " is required (MQTTLAB_REQUIRE_PEERS=1) but missing");
        }
        Assumptions.assumeTrue(false, what + " is not installed; skipping this interop test");
    }

    /** Debian's mosquitto broker binary. */
    public static Path mosquitto() {
        Optional<Path> p = List.of("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst();
        require(p.isPresent(), "mosquitto (Debian package mosquitto)");
        return p.get();
    }

    /** A python3 that can import paho.mqtt; /usr/bin/python3 (Debian's python3-paho-mqtt) first. */
    public static Path pythonWithPaho() {
        for (String c : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
            Path p = Path.of(c);
            if (Files.isExecutable(p) && canImportPaho(p)) return p;
        }
        require(false, "python3 with paho-mqtt (Debian package python3-paho-mqtt)");
        return null;
    }

    private static boolean canImportPaho(Path python) {
        try {
            Process pr = new ProcessBuilder(python.toString(), "-c", "import paho.mqtt.client").redirectErrorStream(true).start();
            return pr.waitFor(20, TimeUnit.SECONDS) && pr.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
