package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.MosquittoPeer;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `mqttlab pub` publishes with the lab's own codec over a blocking socket (BlockingPublisher), not the
 * client library: what it says with -d, and what arrives, must be what mosquitto_pub says and sends.
 */
class PubOneShotTest {
    static MosquittoPeer mosquitto;

    @BeforeAll
    static void start() throws Exception { mosquitto = MosquittoPeer.start(); }

    @AfterAll
    static void stop() { if (mosquitto != null) mosquitto.close(); }

    private static String port() { return String.valueOf(mosquitto.port()); }

    @Test
    @DisplayName("-d prints mosquitto_pub's lines for QoS 0, 1 and 2 in 3.1.1 and 5 (the v5 id the broker assigned included) [MQTT-3.2.2-16]")
    void debugLinesAsMosquittoPub() throws Exception {
        String mosquittoPub = Peers.require("mosquitto_pub").toString();
        for (String version : List.of("311", "5")) {
            for (String qos : List.of("0", "1", "2")) {
                List<String> args = List.of("-p", port(), "-t", "one/shot", "-m", "33", "-q", qos, "-V", version, "-d");
                List<String> theirs = new ArrayList<>(List.of(mosquittoPub));
                theirs.addAll(args);
                Process m = new ProcessBuilder(theirs).redirectErrorStream(true).start();
                assertTrue(m.waitFor(20, TimeUnit.SECONDS));
                String expected = masked(new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                LabProcess.Result lab = LabProcess.run(30, null, prepend("pub", args));
                assertEquals(0, lab.exit(), lab.err());
                assertEquals(expected, masked(lab.out()), "QoS " + qos + ", version " + version);
                if (version.equals("5")) assertTrue(lab.out().contains("Client auto-"), lab.out());
            }
        }
    }

    @Test
    @DisplayName("QoS 2 with v5 properties: mosquitto_sub receives the payload, the content type and the user property")
    void propertiesArrive() throws Exception {
        String mosquittoSub = Peers.require("mosquitto_sub").toString();
        Process sub = new ProcessBuilder(mosquittoSub, "-p", port(), "-t", "props/#", "-V", "5", "-C", "1", "-W", "20",
                "-F", "%t %p %C %P").start();
        try {
            mosquitto.awaitSubscriptions("props/#", 1);
            LabProcess.Result lab = LabProcess.run(30, null, "pub", "-p", port(), "-t", "props/a", "-m", "온도 24.8", "-q", "2",
                    "-V", "5", "-D", "publish", "content-type", "text/plain", "-D", "publish", "user-property", "room", "125");
            assertEquals(0, lab.exit(), lab.err());
            assertTrue(sub.waitFor(20, TimeUnit.SECONDS));
            String got = new String(sub.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("props/a 온도 24.8 text/plain room:125", got);
        } finally {
            sub.destroyForcibly();
        }
    }

    /**
     * The broker's assigned ids differ run to run; and for QoS 0 mosquitto_pub prints libmosquitto's internal
     * message counter (m1) where the wire has no packet identifier at all [MQTT-2.2.1-2], which the lab prints as m0.
     */
    private static String masked(String debug) {
        return debug.replaceAll("auto-[0-9A-F-]+", "auto-ID").replaceAll("\\(d0, q0, r(\\d), m\\d+,", "(d0, q0, r$1, m-,");
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
