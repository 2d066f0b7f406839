package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mqttlab check NN --broker URL` (issue 15), run as a student runs it, against Debian's mosquitto
 * started here: the check opens a relay in front of mosquitto, says where it is, and grades what the
 * student's mosquitto clients do through it; an unreachable broker is one line.
 */
@Timeout(150)
class CheckThroughRelayTest {
    private static final Pattern RELAY = Pattern.compile("Through the relay on 127\\.0\\.0\\.1:(\\d+) in front of tcp://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path home;

    @Test
    @DisplayName("check 08 --broker: the student's QoS 2 publish through the relay to mosquitto passes; nothing done fails")
    void qos2FlowThroughTheRelay() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            Run run = Run.start(home, "check", "08", "--broker", "tcp://127.0.0.1:" + mosquitto.port(), "--wait", "60", "--dir", "solutions/08-qos2-flow");
            int relay = run.relayPort(mosquitto.port());
            exec(Peers.require("mosquitto_pub").toString(), "-h", "127.0.0.1", "-p", String.valueOf(relay),
                    "-t", "building/notes", "-m", "exactly once", "-q", "2");
            run.finish();
            assertEquals(0, run.exit, run.text());
            assertTrue(run.out.toString().contains("Score: 100/100"), run.text());
            // it went through to mosquitto: the relay is in front of it, not instead of it
            assertTrue(mosquitto.log().contains("Received PUBLISH from ") && mosquitto.log().contains("'building/notes'"), mosquitto.log());
        }
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            Run idle = Run.start(home, "check", "08", "--broker", "tcp://127.0.0.1:" + mosquitto.port(), "--wait", "1");
            idle.finish();
            assertEquals(1, idle.exit, idle.text());
            assertTrue(idle.out.toString().contains("✘"), idle.text());
        }
    }

    @Test
    @DisplayName("check 04 --broker: the building's A/C unit answers through the relay; an unreachable broker is one line")
    void buildingThroughTheRelay() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            Run run = Run.start(home, "check", "04", "--broker", "tcp://127.0.0.1:" + mosquitto.port(), "--wait", "60", "--dir", "solutions/04-ac-command");
            int relay = run.relayPort(mosquitto.port());
            exec(Peers.require("mosquitto_pub").toString(), "-h", "127.0.0.1", "-p", String.valueOf(relay), "-t", "building/201/ac/set", "-m", "ON");
            String state = exec(Peers.require("mosquitto_sub").toString(), "-h", "127.0.0.1", "-p", String.valueOf(relay),
                    "-t", "building/201/ac/state", "-v", "-C", "1", "-W", "20");
            assertTrue(state.contains("building/201/ac/state ON"), state);
            run.finish();
            assertEquals(0, run.exit, run.text());
            assertTrue(run.out.toString().contains("Score: 100/100"), run.text());
        }
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        LabProcess.Result r = LabProcess.run(60, null, "check", "08", "--broker", "tcp://127.0.0.1:" + closed, "--wait", "5");
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("mqttlab check: the broker at tcp://127.0.0.1:" + closed + " does not answer: "), r.err());
    }

    private static String exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", cmd));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    /** `mqttlab check …` as a child process, its stderr read as it comes (the relay's address is on it). */
    private static final class Run {
        final Process process;
        final List<String> err = new CopyOnWriteArrayList<>();
        final StringBuilder out = new StringBuilder();
        int exit = -1;
        private final Thread reader;

        private Run(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) err.add(line);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
        }

        static Run start(Path home, String... args) throws IOException {
            Files.createDirectories(home);
            ProcessBuilder pb = new ProcessBuilder(LabProcess.command(args));
            pb.environment().put("MQTTLAB_HOME", home.toString());
            pb.environment().put("LANG", "C.UTF-8");
            return new Run(pb.start());
        }

        int relayPort(int upstream) {
            Matcher m = mqttlab.testsupport.Await.value(() -> {
                for (String line : err) {
                    Matcher found = RELAY.matcher(line);
                    if (found.find()) return found;
                }
                if (!process.isAlive()) throw new AssertionError("the lab ended; no relay address on stderr: " + err);
                return null;
            }, java.time.Duration.ofSeconds(60), () -> "no relay address on stderr: " + err);
            assertEquals(upstream, Integer.parseInt(m.group(2)), m.group());
            return Integer.parseInt(m.group(1));
        }

        void finish() throws IOException, InterruptedException {
            byte[] o = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "check did not end: " + err);
            reader.join(5000);
            out.append(new String(o, StandardCharsets.UTF_8));
            exit = process.exitValue();
        }

        String text() { return out + "\n--- stderr:\n" + String.join("\n", err); }
    }
}
