package mqttlab.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.LoggedProcess;
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
        LoggedProcess lab = new LoggedProcess(LabProcess.command("broker", "-p", String.valueOf(labPort)));
        int mosPort = freePort();
        LoggedProcess mos = new LoggedProcess(List.of(Peers.mosquitto().toString(), "-p", String.valueOf(mosPort)));
        for (LoggedProcess r : List.of(lab, mos)) {
            int port = r == lab ? labPort : mosPort;
            r.awaitLine(" running", true);
            assertTrue(r.lines().stream().anyMatch(l -> l.endsWith("Opening ipv4 listen socket on port " + port + ".")), r.lines().toString());
            assertTrue(r.lines().stream().anyMatch(l -> l.endsWith("Opening ipv6 listen socket on port " + port + ".")), r.lines().toString());
            Process pub = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-h", "::1",
                    "-p", String.valueOf(port), "-t", "v6", "-m", "hello").start();
            assertTrue(pub.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, pub.exitValue(), "mosquitto_pub -h ::1");
            r.awaitLine("New connection from ::1:", false);
            r.signal(signal);
            assertTrue(r.process.waitFor(20, TimeUnit.SECONDS), "ends after SIGINT/SIGTERM");
            assertEquals(0, r.process.exitValue(), "exit status after SIG" + signal + ": " + r.lines());
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
}
