package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.MosquittoPeer;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `mqttlab sub`/`pub` against mosquitto_sub/pub on a real Mosquitto: same lines, same exit codes. */
class SubPubInteropTest {
    static MosquittoPeer mosquitto;

    @BeforeAll
    static void start() throws Exception { mosquitto = MosquittoPeer.start(); }

    @AfterAll
    static void stop() { if (mosquitto != null) mosquitto.close(); }

    private static String port() { return String.valueOf(mosquitto.port()); }

    @Test
    @DisplayName("mqttlab sub -v and mosquitto_sub -v print the same bytes for messages from mqttlab pub and mosquitto_pub")
    void sameOutputBothWays() throws Exception {
        String mosquittoSub = Peers.require("mosquitto_sub").toString();
        String mosquittoPub = Peers.require("mosquitto_pub").toString();
        Process lab = LabProcess.start("sub", "-p", port(), "-t", "c/#", "-v", "-C", "5", "-q", "2");
        Process mos = new ProcessBuilder(mosquittoSub, "-p", port(), "-t", "c/#", "-v", "-C", "5", "-q", "2").start();
        try {
            compare(lab, mos, mosquittoPub);
        } finally {
            lab.destroyForcibly();
            mos.destroyForcibly();
        }
    }

    private void compare(Process lab, Process mos, String mosquittoPub) throws Exception {
        mosquitto.awaitSubscriptions("c/#", 2);
        assertEquals(0, LabProcess.run(20, null, "pub", "-p", port(), "-t", "c/a", "-m", "hello", "-q", "1").exit());
        assertEquals(0, new ProcessBuilder(mosquittoPub, "-p", port(), "-t", "c/b", "-m", "hi there", "-q", "2").start().waitFor());
        assertEquals(0, LabProcess.run(20, null, "pub", "-p", port(), "-t", "c/empty", "-n").exit());
        assertEquals(0, LabProcess.run(20, new byte[] {0, 1, (byte) 0xff}, "pub", "-p", port(), "-t", "c/bin", "-s").exit());
        assertEquals(0, LabProcess.run(20, "한국어 온도\n".getBytes(StandardCharsets.UTF_8), "pub", "-p", port(), "-t", "c/ko", "-l", "-q", "2").exit());
        assertTrue(lab.waitFor(20, TimeUnit.SECONDS) && mos.waitFor(20, TimeUnit.SECONDS), "both subscribers stop after -C 5");
        byte[] labOut = lab.getInputStream().readAllBytes();
        byte[] mosOut = mos.getInputStream().readAllBytes();
        assertEquals(new String(mosOut, StandardCharsets.ISO_8859_1), new String(labOut, StandardCharsets.ISO_8859_1));
        assertTrue(new String(labOut, StandardCharsets.UTF_8).startsWith("c/a hello\nc/b hi there\nc/empty (null)\n"));
        assertEquals(0, lab.exitValue());
    }

    @Test
    @DisplayName("-C 3 exits 0 after three messages; -W 1 exits 27 with 'Timed out'; refused connection: mosquitto's message, status 1")
    void exitCodes() throws Exception {
        LabProcess.Result timeout = LabProcess.run(20, null, "sub", "-p", port(), "-t", "nothing/here", "-W", "1");
        assertEquals(27, timeout.exit());
        assertEquals("Timed out\n", timeout.err());

        Process three = LabProcess.start("sub", "-p", port(), "-t", "three", "-C", "3");
        try {
            mosquitto.awaitSubscriptions("three", 1);
        } catch (AssertionError e) {
            three.destroyForcibly();
            throw e;
        }
        for (int i = 1; i <= 4; i++) {
            new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-p", port(), "-t", "three", "-m", "m" + i).start().waitFor();
        }
        assertTrue(three.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, three.exitValue());
        assertEquals("m1\nm2\nm3\n", new String(three.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        LabProcess.Result refused = LabProcess.run(20, null, "sub", "-p", "1", "-t", "x");
        assertEquals(1, refused.exit());
        assertEquals("Error: Connection refused\n", refused.err());

        LabProcess.Result usage = LabProcess.run(20, null, "pub", "-p", port(), "-m", "x");
        assertEquals(1, usage.exit());
        assertTrue(usage.err().startsWith("Error: Both topic and message must be supplied.\n"), usage.err());
    }
}
