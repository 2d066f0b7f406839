package mqttlab.broker.persist;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's durable subscription with Debian's mosquitto_sub and mosquitto_pub, across a broker restart. */
class PS03PeerRestartTest {
    @RegisterExtension
    final TestBrokerExtension lab = TestBrokerExtension.startedByEachTest();
    @TempDir
    Path dir;
    Broker start() { return lab.restart("persistence true\npersistence_location " + dir + "\n"); }

    String run(String command, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Peers.require(command).toString(), "-h", "127.0.0.1", "-p", String.valueOf(lab.broker().port())));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + out);
        return out;
    }

    @ParameterizedTest(name = "MQTT {0}")
    @ValueSource(strings = {"mqttv311", "5"})
    @DisplayName("mosquitto_sub -c gets, after a restart, what was published while it was away [MQTT-3.1.2-4]")
    void durableAcrossRestart(String version) throws Exception {
        start();
        List<String> session = new ArrayList<>(List.of("-V", version, "-i", "app-" + version.charAt(0), "-c", "-q", "1",
                "-t", "building/+/+/temperature"));
        if (version.equals("5")) session.addAll(List.of("-x", "3600"));
        List<String> subscribeOnly = new ArrayList<>(session);
        subscribeOnly.add("-E"); // exit once subscribed
        run("mosquitto_sub", subscribeOnly.toArray(String[]::new));
        run("mosquitto_pub", "-q", "1", "-t", "building/125/sensor1/temperature", "-m", "24.8");
        run("mosquitto_pub", "-r", "-q", "1", "-t", "building/125/status", "-m", "on"); // acknowledged, so stored before the stop
        lab.broker().stop();
        start();
        List<String> receive = new ArrayList<>(session);
        receive.addAll(List.of("-C", "1", "-W", "5"));
        assertEquals("24.8", run("mosquitto_sub", receive.toArray(String[]::new)).strip());
        assertEquals("on", run("mosquitto_sub", "-t", "building/125/status", "-C", "1", "-W", "5").strip());
    }
}
