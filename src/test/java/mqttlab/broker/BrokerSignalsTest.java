package mqttlab.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `mqttlab broker` as mosquitto 2.0.11 behaves, side by side: local-only mode opens 127.0.0.1 and ::1 with
 * mosquitto's log lines, `mosquitto_pub -h ::1` gets through, and SIGINT / SIGTERM end it with status 0
 * after "terminating" (mosquitto's own exit status for both).
 */
class BrokerSignalsTest {

    @ParameterizedTest(name = "kill -{0}")
    @ValueSource(strings = {"INT", "TERM"})
    @DisplayName("IPv6 beside IPv4, a client over ::1, then the signal: exit 0, as mosquitto")
    void asMosquitto(String signal) throws Exception {
        Assumptions.assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback (::1): nothing to open there");
        int labPort = freePort();
        Run lab = new Run(LabProcess.command("broker", "-p", String.valueOf(labPort)));
        int mosPort = freePort();
        Run mos = new Run(List.of(Peers.mosquitto().toString(), "-p", String.valueOf(mosPort)));
        for (Run r : List.of(lab, mos)) {
            r.awaitLine(" running", true);
            assertTrue(r.lines.stream().anyMatch(l -> l.endsWith("Opening ipv4 listen socket on port " + r.port(labPort, mosPort, lab) + ".")), r.lines.toString());
            assertTrue(r.lines.stream().anyMatch(l -> l.endsWith("Opening ipv6 listen socket on port " + r.port(labPort, mosPort, lab) + ".")), r.lines.toString());
            Process pub = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-h", "::1",
                    "-p", String.valueOf(r.port(labPort, mosPort, lab)), "-t", "v6", "-m", "hello").start();
            assertTrue(pub.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, pub.exitValue(), "mosquitto_pub -h ::1");
            r.awaitLine("New connection from ::1:", false);
            new ProcessBuilder("kill", "-" + signal, String.valueOf(r.process.pid())).start().waitFor();
            assertTrue(r.process.waitFor(20, TimeUnit.SECONDS), "ends after SIGINT/SIGTERM");
            assertEquals(0, r.process.exitValue(), "exit status after SIG" + signal + ": " + r.lines);
            r.awaitLine(" terminating", true);
        }
    }

    private static boolean ipv6Loopback() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A broker process whose log (stderr and stdout) is read line by line. */
    private static final class Run {
        final Process process;
        final List<String> lines = new ArrayList<>();

        Run(List<String> command) throws IOException {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) synchronized (lines) { lines.add(l); lines.notifyAll(); }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        int port(int labPort, int mosPort, Run lab) { return this == lab ? labPort : mosPort; }

        /** Waits for a line that contains {@code part}, or ends with it when {@code atEnd}. */
        void awaitLine(String part, boolean atEnd) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            synchronized (lines) {
                while (lines.stream().noneMatch(l -> atEnd ? l.endsWith(part) : l.contains(part))) {
                    long left = end - System.nanoTime();
                    assertTrue(left > 0, "no line with '" + part + "' in " + lines);
                    lines.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
            }
        }
    }
}
