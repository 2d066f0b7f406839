package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `mqttlab proxy --upstream URL -p PORT -v` as a person runs it, with mosquitto_pub pointed at the relay. */
@Timeout(60)
class ProxyCommandTest {

    @Test
    @DisplayName("mqttlab proxy -v: mosquitto_pub through it; the relay logs both directions as mosquitto -v does")
    void proxyLogsWhatPasses(@TempDir Path tmp) throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            int port = DebianMosquitto.freePort();
            File err = tmp.resolve("proxy.err").toFile();
            Process proxy = new ProcessBuilder(LabProcess.command("proxy", "--upstream", "tcp://127.0.0.1:" + mosquitto.port(),
                    "-p", String.valueOf(port), "-v", "--lang", "en")).redirectError(err).start();
            try {
                waitFor(err, "Point your programs at 127.0.0.1:" + port);
                Process pub = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-p", String.valueOf(port),
                        "-i", "prog1", "-t", "room/1", "-m", "hello", "-q", "1").redirectErrorStream(true).start();
                assertTrue(pub.waitFor(10, TimeUnit.SECONDS));
                assertEquals(0, pub.exitValue());
                String log = waitFor(err, "Client prog1 disconnected.");
                assertTrue(log.matches("(?s).*\\d+: New client connected from 127\\.0\\.0\\.1:\\d+ as prog1 \\(p2, c1, k60\\)\\..*"), log);
                assertTrue(log.contains(": Received PUBLISH from prog1 (d0, q1, r0, m1, 'room/1', ... (5 bytes))"), log);
                assertTrue(log.contains(": Sending PUBACK to prog1 (m1, rc0)"), log);
                assertTrue(log.contains(": Received DISCONNECT from prog1"), log);
            } finally {
                proxy.destroy();
                proxy.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("an unreachable broker is one line, and a bad URL is an error with exit status 1")
    void badUpstream(@TempDir Path tmp) throws Exception {
        LabProcess.Result bad = LabProcess.run(30, null, "proxy", "--upstream", "http://x", "--lang", "en");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("Error: the broker's address must be tcp://HOST:PORT"), bad.err());
        File err = tmp.resolve("down.err").toFile();
        Process proxy = new ProcessBuilder(LabProcess.command("proxy", "--upstream", "tcp://127.0.0.1:1", "-p", "0", "--lang", "en"))
                .redirectError(err).start();
        try {
            String said = waitFor(err, "The broker does not answer: " + mqttlab.text.Text.in(mqttlab.text.Lang.EN, "why.refused"));
            assertEquals(1, said.lines().filter(l -> l.startsWith("The broker does not answer")).count(), said);
        } finally {
            proxy.destroy();
            proxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String waitFor(File f, String text) {
        String[] s = {""};
        return mqttlab.testsupport.Await.value(() -> {
            try {
                s[0] = f.exists() ? Files.readString(f.toPath()) : "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return s[0].contains(text) ? s[0] : null;
        }, java.time.Duration.ofSeconds(20), () -> "no \"" + text + "\" in:\n" + s[0]);
    }
}
