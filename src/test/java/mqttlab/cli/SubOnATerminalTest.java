package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code mqttlab sub} on a person's terminal shows a classmate's ESC, OSC, CR, NUL, U+202E and zero-width
 * characters instead of sending them (mosquitto_sub would let the payload retitle and clear the terminal);
 * into a pipe it writes the payload byte for byte, as mosquitto_sub does, so scripts and files get the data.
 */
class SubOnATerminalTest {
    private static final String PAYLOAD = "\u001b]0;owned\u0007\u001b[2Jcleared\rover\u0000x\u202eevil\u200bzw\nsecond line";

    @Test
    @DisplayName("on a terminal (tmux, raw bytes recorded) control and invisible characters are shown; into a pipe the bytes are exact")
    void classmatesPayload() throws Exception {
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations())) {
            try (RawClient classmate = new RawClient(broker.port(), MqttVersion.V3_1_1)) {
                classmate.sendAndReceive(new Connect(MqttVersion.V3_1_1, "classmate", true, 60, null, null, null, Properties.EMPTY));
                classmate.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "lab/owl", 1, PAYLOAD.getBytes(StandardCharsets.UTF_8)));
            }
            String port = String.valueOf(broker.port());
            try (TmuxScreen t = TmuxScreen.startCommand(100, 20, "xterm-256color", "sub", "-p", port, "-t", "lab/#", "-v", "-C", "1")) {
                Path raw = t.recordRaw();
                String pane = t.waitFor(s -> s.contains("exit="), "mqttlab sub to end after one message");
                assertTrue(pane.contains("lab/owl ␛]0;owned␇␛[2Jcleared␍over␀x<U+202E>evil<U+200B>zw\nsecond line"), pane);
                assertTrue(pane.contains("exit=0"), pane);
                String written = Files.readString(raw, StandardCharsets.UTF_8);
                for (String bad : List.of("\u001b]0;", "\u001b[2J", "\u0007", "\r", "\u0000", "\u202e", "\u200b")) {
                    assertFalse(written.replace("\r\n", "\n").contains(bad), "the terminal was sent U+" + Integer.toHexString(bad.charAt(0)));
                }
            }
            LabProcess.Result piped = LabProcess.run(60, null, "sub", "-p", port, "-t", "lab/#", "-C", "1");
            assertEquals(0, piped.exit(), piped.err());
            assertEquals(PAYLOAD + "\n", piped.out(), "into a pipe: the payload as published, then a line feed, as mosquitto_sub writes it");
        }
    }
}
