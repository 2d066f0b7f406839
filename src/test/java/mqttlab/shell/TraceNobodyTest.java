package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.MosquittoProcess;
import mqttlab.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What `trace last` says under a message nobody was drawn receiving: a retained message is kept, not
 * dropped [MQTT-3.3.1-5], an empty one clears the topic's; through the relay, only the clients that
 * connect through it are seen, and the note says so instead of "no subscriber".
 */
@Timeout(90)
class TraceNobodyTest {
    static final String SCRIPT = String.join("\n",
            "pub -t nobody/kept -m 21.5 -r -q 1",
            "sleep 0.3",
            "trace last",
            "pub -t nobody/kept -n -r -q 1",
            "sleep 0.3",
            "trace last",
            "pub -t nobody/gone -m x -q 1",
            "sleep 0.3",
            "trace last",
            "quit", "");

    @Test
    @DisplayName("embedded broker (en): retained kept, empty retained clears, plain dropped")
    void embedded() throws Exception {
        ShellDriver.Run r = ShellDriver.run(new ShellOptions(null, null, null, 0, "en", true), SCRIPT);
        String out = r.output();
        assertEquals(0, r.exit(), out);
        assertTrue(out.contains(Text.in("en", "shell.trace.no.subscriber.retained", "nobody/kept", "PUBACK")), out);
        assertTrue(out.contains(Text.in("en", "shell.trace.no.subscriber.cleared", "nobody/kept")), out);
        assertTrue(out.contains(Text.in("en", "shell.trace.no.subscriber", "nobody/gone", "PUBACK")), out);
        assertFalse(out.contains("No subscriber matched 'nobody/kept': the broker acknowledged the message (PUBACK) and dropped it"), out);
    }

    @Test
    @DisplayName("through the relay to mosquitto (ko): what the relay cannot see, and the retained message kept")
    void relayedInKorean() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            ShellDriver.Run r = ShellDriver.run(new ShellOptions("tcp://127.0.0.1:" + mosquitto.port(), null, null, 0, "ko", true), SCRIPT);
            String out = r.output();
            assertEquals(0, r.exit(), out);
            String none = Text.in("ko", "shell.trace.relay.none", "nobody/kept", "PUBACK");
            assertTrue(out.contains(none + " " + Text.in("ko", "shell.trace.relay.retained")), out);
            assertTrue(out.contains(none + " " + Text.in("ko", "shell.trace.relay.cleared")), out);
            String plain = Text.in("ko", "shell.trace.relay.none", "nobody/gone", "PUBACK");
            assertTrue(out.contains(plain + "\n"), out);
            assertFalse(out.contains(Text.in("ko", "shell.trace.no.subscriber", "nobody/kept", "PUBACK")), out);
        }
    }
}
