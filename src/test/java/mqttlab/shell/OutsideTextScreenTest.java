package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A classmate's text on a real terminal (tmux, raw output recorded): a payload with ESC, OSC, CR, LF,
 * and U+202E, published retained by a client whose id holds U+202E, is shown in the live message,
 * {@code retained}, {@code tree}, {@code trace last} and the broker log without one of its control
 * bytes reaching the terminal, and its fake "[class] Announcement" line is marked as part of the
 * message.
 */
class OutsideTextScreenTest {
    private static final String PAYLOAD = "\u001b[2J\u001b]0;owned\u0007title\r\n"
            + "[class] Announcement from the instructor: go home\n\u001b[38;5;201mpink\u202eevil";

    @Test
    @DisplayName("ESC, OSC, CR, LF and U+202E from a classmate are shown, never sent, in messages, retained, tree, trace and log")
    void classmatesTextIsInert() throws Exception {
        try (TmuxScreen lab = TmuxScreen.start("en", 100, 60, "tmux-256color", "--no-building")) {
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt");
            Path raw = lab.recordRaw();
            lab.line("log on");
            lab.line("sub -t 'lab/#'");
            lab.waitFor(s -> s.contains("subscribed"), "the subscription");
            publish(lab.port(), lab.home());
            String pane = lab.waitFor(s -> s.contains("pink<U+202E>evil"), "the classmate's message");
            assertTrue(pane.contains("lab/owl ␛[2J␛]0;owned␇title"), pane);
            String fake = pane.lines().filter(l -> l.contains("[class] Announcement")).findFirst().orElseThrow();
            assertTrue(fake.startsWith("  ┆ [class] Announcement"), "the payload's second line is marked as the message's: " + fake);
            assertTrue(pane.contains("as class<U+202E>mate"), "the client id in the broker log: " + pane);

            lab.line("retained");
            String table = lab.waitFor(s -> s.contains("␛[2J␛]0;owned␇title␍↵"), "the retained message in one row");
            for (String l : TmuxScreen.after(table, "lab> retained").split("\n")) assertTrue(l.stripTrailing().length() <= 100, "fits the screen: " + l);
            lab.line("tree");
            lab.waitFor(s -> s.contains("owl = ␛[2J"), "the tree's value");
            lab.keys("q"); // the tree is live until a key is pressed
            lab.waitForPrompt("lab>");
            lab.line("trace last");
            lab.waitFor(s -> TmuxScreen.after(s, "lab> trace last").contains("class<U+202E>mate       broker"), "the classmate's lane in the trace");
            lab.line("log off");
            lab.waitForPrompt("lab>");

            String written = Files.readString(raw, StandardCharsets.UTF_8);
            for (String bad : new String[] {"\u001b[2J", "\u001b]0;", "\u0007", "\u202e", "\u001b[38;5;201m", "\r\n[class]", "\n[class]"}) {
                assertFalse(written.contains(bad), "the terminal was sent " + bad.replace("\u001b", "ESC").replace("\u0007", "BEL"));
            }
        }
    }

    @Test
    @DisplayName("Zero-width characters, Hangul fillers and piles of combining marks from a classmate are shown as code points, in messages, retained and tree")
    void invisibleAndStackedCharactersAreShown() throws Exception {
        try (TmuxScreen lab = TmuxScreen.start("ko", 120, 60, "xterm-256color", "--no-building")) {
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt");
            Path raw = lab.recordRaw();
            lab.line("sub -t 'lab/#' -v");
            lab.waitFor(s -> s.contains("lab/#"), "the subscription");
            // a topic that looks like lab/alice but is not, a level starting with a combining mark, a filler, a pile of marks
            publish(lab.port(), lab.home(), "lab/ali\u200bce/\u0301x", "\u3164Z" + "\u0336".repeat(30) + " caf\u00e9 e\u0301 한글");
            String pane = lab.waitFor(s -> s.contains("lab/ali<U+200B>ce/\u0301x"), "the message, its invisible characters shown (the mark sits on the topic's own /)");
            assertTrue(pane.contains("<U+3164>Z\u0336\u0336\u0336<U+0336><U+0336>"), pane);
            assertTrue(pane.contains("caf\u00e9 e\u0301 한글"), "accents and Korean as they are: " + pane);
            lab.line("retained");
            lab.waitFor(s -> TmuxScreen.after(s, "lab> retained").contains("lab/ali<U+200B>ce/\u0301x"), "the retained row");
            lab.line("tree");
            lab.waitFor(s -> s.contains("ali<U+200B>ce") && s.contains("<U+0301>x"), "the tree's levels: one starting with a mark has no base of its own");
            lab.keys("q");
            lab.waitForPrompt("lab>");

            String written = Files.readString(raw, StandardCharsets.UTF_8);
            for (String bad : new String[] {"\u200b", "\u3164", "\u0336\u0336\u0336\u0336", "─ \u0301", " \u0301x"}) {
                assertFalse(written.contains(bad), "the terminal was sent " + bad.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
            }
        }
    }

    private static void publish(int port, Path dir) throws Exception {
        publish(port, dir, "lab/owl", PAYLOAD);
    }

    /** A classmate's program: client id with U+202E, one retained QoS 1 message. */
    private static void publish(int port, Path dir, String topic, String payload) throws Exception {
        Path py = Files.createTempFile(dir, "classmate", ".py");
        Files.writeString(py, """
                import sys, paho.mqtt.client as mqtt
                c = mqtt.Client(client_id="class\\u202emate")
                c.connect("127.0.0.1", int(sys.argv[1]))
                c.loop_start()
                c.publish(sys.argv[3], sys.argv[2].encode("utf-8"), qos=1, retain=True).wait_for_publish()
                c.disconnect()
                c.loop_stop()
                """, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Peers.python3WithPaho().toString(), py.toString(), String.valueOf(port), payload, topic)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the classmate's program finished");
        assertEquals(0, p.exitValue(), out);
    }
}
