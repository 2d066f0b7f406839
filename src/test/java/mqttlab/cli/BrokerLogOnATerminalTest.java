package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.property.Properties;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mqttlab broker -v} on a terminal, and its log file: a client's user name carrying OSC, ESC and a line feed, and a
 * client id carrying U+202E and a zero-width space, are quoted in the log shown, not sent, and cannot start a forged line
 * (mosquitto 2.0.11 writes them raw).
 */
class BrokerLogOnATerminalTest {
    private static final String USER = "mallory\u001b]0;owned\u0007\u001b[2J\n1700000000: Client instructor disconnected.";

    @Test
    @DisplayName("a hostile user name and client id in the broker's log: shown on the terminal (tmux, raw bytes) and in the log file")
    void hostileNamesInTheLog(@TempDir Path dir) throws Exception {
        int port = DebianMosquitto.freePort();
        Path logFile = dir.resolve("broker.log");
        Path conf = Files.writeString(dir.resolve("b.conf"), "listener " + port + " 127.0.0.1\nallow_anonymous true\nlog_type all\n"
                + "log_dest stderr\nlog_dest file " + logFile + "\n");
        try (TmuxScreen t = TmuxScreen.startCommand(120, 30, "tmux-256color", "broker", "-c", conf.toString())) {
            Path raw = t.recordRaw();
            t.waitFor(s -> s.contains("running"), "the broker to start");
            try (RawClient c = new RawClient(port, MqttVersion.V5)) {
                ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "class\u202emate\u200b", true, 60, null, USER,
                        "pw".getBytes(StandardCharsets.UTF_8), Properties.EMPTY));
                assertEquals(0, ack.reasonCode());
            }
            String pane = t.waitFor(s -> s.contains("closed its connection"), "the client's lines in the log");
            assertTrue(pane.contains("as class<U+202E>mate<U+200B> (p5, c1, k60, u'mallory␛]0;owned␇␛[2J↵1700000000: Client instructor disconnected.')"), pane);
            assertFalse(pane.lines().anyMatch(l -> l.startsWith("1700000000:")), "no forged line: " + pane);
            String written = Files.readString(raw, StandardCharsets.UTF_8);
            for (String bad : List.of("\u001b]0;", "\u001b[2J", "\u0007", "\u202e", "\u200b", "\n1700000000")) {
                assertFalse(written.replace("\r\n", "\n").contains(bad), "the terminal was sent U+" + Integer.toHexString(bad.charAt(0)));
            }
            String file = Files.readString(logFile, StandardCharsets.UTF_8);
            assertTrue(file.contains("u'mallory␛]0;owned␇␛[2J↵1700000000: Client instructor disconnected.'"), file);
            assertFalse(file.contains("\u001b") || file.contains("\u202e") || file.contains("\n1700000000"), file);
        }
    }
}
