package mqttlab.broker.log;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import mqttlab.broker.Broker;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mqttlab broker -v` prints what `mosquitto -v` prints, line for line, for the same client
 * session (the lecture's screenshots): timestamps, ports and the start-up banner aside.
 */
class VerboseLogParityTest {

    @Test
    @DisplayName("The -v log of a QoS 1 and a QoS 2 publish to a subscriber matches Debian's mosquitto 2.0.11 line for line")
    void sameLines(@TempDir Path dir) throws Exception {
        String sub = Peers.require("mosquitto_sub").toString();
        String pub = Peers.require("mosquitto_pub").toString();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> reference;
        try (DebianMosquitto m = DebianMosquitto.start(dir, "allow_anonymous true\n")) {
            session(sub, pub, m.port(), m::output);
            reference = normalize(List.of(m.output().split("\n")));
        }
        List<String> ours = new CopyOnWriteArrayList<>();
        try (Broker broker = TestBroker.start()) {
            try (AutoCloseable l = broker.log().addListener(ours::add)) {
                session(sub, pub, broker.port(), () -> String.join("\n", ours));
            }
        }
        List<String> mine = normalize(ours);
        String both = "mosquitto:\n" + String.join("\n", reference) + "\n\nmqttlab:\n" + String.join("\n", mine);
        // Lines of different clients interleave as the scheduler likes; each client's own lines must be
        // in the same order, and all lines the same.
        assertEquals(sorted(reference), sorted(mine), both);
        for (String client : List.of("sub1", "pub1", "pub2")) {
            assertEquals(of(reference, client), of(mine, client), "lines about " + client + "\n" + both);
        }
    }

    /** The lecture's session: a subscriber on test/#, then mosquitto_pub at QoS 1 and at QoS 2, one after another. */
    static void session(String sub, String pub, int port, Supplier<String> log) throws Exception {
        String p = String.valueOf(port);
        Cmd s = Cmd.start(sub, "-p", p, "-i", "sub1", "-t", "test/#", "-q", "2", "-v", "-C", "2", "-W", "10");
        awaitLog(log, "Sending SUBACK to sub1"); // subscribed: the first publish cannot overtake the subscription
        assertEquals(0, Cmd.run(10, pub, "-p", p, "-i", "pub1", "-t", "test", "-m", "hello world", "-q", "1").exit());
        awaitLog(log, "Received PUBACK from sub1", "Client pub1 disconnected."); // the first publish's lines all come before the second's
        assertEquals(0, Cmd.run(10, pub, "-p", p, "-i", "pub2", "-t", "test/x", "-m", "33", "-q", "2").exit());
        assertEquals(0, s.await(10).exit());
        awaitLog(log, "Client sub1 disconnected.", "Client pub2 disconnected."); // the broker logs the clients' ends after they exit
    }

    /** Waits until the broker's log has a line containing each of {@code parts}. */
    static void awaitLog(Supplier<String> log, String... parts) {
        Await.until(() -> { String text = log.get(); return Arrays.stream(parts).allMatch(text::contains); },
                Duration.ofSeconds(10), () -> "no " + Arrays.toString(parts) + " in the log:\n" + log.get());
    }

    static List<String> sorted(List<String> lines) {
        List<String> s = new ArrayList<>(lines);
        java.util.Collections.sort(s);
        return s;
    }

    static List<String> of(List<String> lines, String client) {
        return lines.stream().filter(l -> l.matches(".*\\b" + client + "\\b.*")).toList();
    }

    /** Drops timestamps, the start/stop banner and $SYS chatter; replaces client ports, which differ run to run. */
    static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.endsWith("Client <unknown> closed its connection.")) { // the test's own port probe
                out.remove(out.size() - 1);
                continue;
            }
            String l = line.replaceFirst("^\\d+: ", "");
            if (l.contains(" version ") || l.startsWith("Config loaded") || l.startsWith("Using default config")
                    || l.startsWith("Opening ") || l.contains("$SYS") || l.isBlank()) continue;
            out.add(l.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT").replaceAll("on port \\d+", "on port P"));
        }
        return out;
    }
}
