package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lesson 12 subscribes in JShell with a callback: what the callback prints must show when the message
 * comes, while the student sits at {@code jshell>}, not when they next type a snippet. It is a
 * classmate's payload, so it shows harmlessly.
 */
@Timeout(180)
class JShellCallbackScreenTest {
    private static final String SUBSCRIBE = "client.toAsync().subscribeWith().topicFilter(\"lab/12/#\")"
            + ".callback(p -> System.out.println(\"got \" + new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8))).send();";

    @Test
    @DisplayName("a subscription callback's line shows at the jshell> prompt as the message comes, its control bytes made visible (80 columns, English)")
    void callbackOutputShowsAtThePrompt() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("en", 80, 40, "tmux-256color", "--no-building")) {
            Path raw = s.recordRaw();
            s.waitForPrompt("lab>");
            s.line("java");
            s.waitFor(p -> TmuxScreen.lastLine(p).equals("jshell>") && p.contains("Ctrl-C stops"), "the JShell prompt");
            s.line(SUBSCRIBE);
            s.waitFor(p -> p.contains("CompletableFuture") && TmuxScreen.lastLine(p).equals("jshell>"), "the subscription sent");
            publish(s.port(), "lab/12/a", "hello\u001b[2J\u001b]0;owned\u0007 \u202eend");
            String pane = s.waitFor(p -> p.contains("got hello") && TmuxScreen.lastLine(p).equals("jshell>"),
                    "the callback's line, with nothing typed");
            assertTrue(pane.contains("got hello␛[2J␛]0;owned␇ <U+202E>end"), pane);
            String bytes = Files.readString(raw, StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("\u001b[2J") || bytes.contains("\u001b]0;owned"), "a payload's escape reached the terminal");

            // typed text survives a line arriving above it
            s.keys("-l", "int half");
            s.waitFor(p -> TmuxScreen.lastLine(p).equals("jshell> int half"), "the half-typed line");
            publish(s.port(), "lab/12/b", "second");
            pane = s.waitFor(p -> p.contains("got second"), "the second message");
            assertTrue(TmuxScreen.lastLine(pane).equals("jshell> int half"), pane);
            s.line(" = 21 * 2;");
            s.waitFor(p -> p.contains("half ==> 42"), "the snippet finished after the interruption");
        }
    }

    @Test
    @DisplayName("in Korean at 120 columns (xterm-256color): a thread's late output shows by itself, and the screen stays Korean")
    void threadOutputInKorean() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("ko", 120, 40, "xterm-256color", "--no-building")) {
            s.waitForPrompt("lab>");
            s.line("java");
            s.waitFor(p -> TmuxScreen.lastLine(p).equals("jshell>"), "the JShell prompt");
            s.line("new Thread(() -> { try { Thread.sleep(800); } catch (InterruptedException e) { } System.out.println(\"늦게 온 줄\"); }).start();");
            String pane = s.waitFor(p -> p.contains("늦게 온 줄") && TmuxScreen.lastLine(p).equals("jshell>"), "the thread's line, with nothing typed");
            assertTrue(EnglishRuns.in(pane).isEmpty(), () -> "English on a Korean screen: " + EnglishRuns.in(pane));
        }
    }

    private static void publish(int port, String topic, String payload) {
        Mqtt3BlockingClient c = Mqtt3Client.builder().identifier("outsider").serverHost("127.0.0.1").serverPort(port).buildBlocking();
        c.connect();
        try {
            c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload.getBytes(StandardCharsets.UTF_8)).send();
        } finally {
            c.disconnect();
        }
    }
}
