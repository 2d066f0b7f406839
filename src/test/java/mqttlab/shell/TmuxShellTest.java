package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.MosquittoPeer;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shell on a real terminal (tmux), typed at and read from the screen as a person would. */
class TmuxShellTest {
    private MosquittoPeer mosquitto;
    private String tmux;
    private final String session = "mqttlab-test-" + ProcessHandle.current().pid();
    private Path home;

    @BeforeEach
    void start() throws Exception {
        tmux = Peers.require("tmux").toString();
        mosquitto = MosquittoPeer.start();
        home = Files.createTempDirectory("mqttlab-home");
        List<String> cmd = new ArrayList<>(List.of("env", "MQTTLAB_HOME=" + home, "TERM=xterm-256color"));
        cmd.addAll(LabProcess.command("--broker", mosquitto.url(), "--lang", "en"));
        String shellLine = String.join(" ", cmd.stream().map(TmuxShellTest::quote).toList());
        // keep the pane a few seconds after the lab exits, so the goodbye can be read
        run(tmux, "new-session", "-d", "-s", session, "-x", "120", "-y", "40", shellLine + "; echo exit=$?; sleep 10");
    }

    @AfterEach
    void stop() throws Exception {
        if (tmux != null) new ProcessBuilder(tmux, "kill-session", "-t", session).start().waitFor();
        if (mosquitto != null) mosquitto.close();
    }

    @Test
    @DisplayName("type sub/pub, see messages above a half-typed line without corrupting it, Ctrl-C, a typo, quit")
    void personAtATerminal() throws Exception {
        String screen = waitFor(s -> lastLine(s).equals("lab>"), "the prompt");
        assertTrue(screen.contains("MQTT Lab — relay on 127.0.0.1:") && screen.contains("in front of the broker " + mosquitto.url()), screen);

        type("sub -t building/# -q 2", "Enter");
        waitFor(s -> s.contains("subscribed") && s.contains("building/#"), "the subscription");
        for (int q = 0; q <= 2; q++) {
            type("pub -t building/125/sensor" + q + "/temperature -m 2" + q + ".5 -q " + q, "Enter");
            int qos = q;
            waitFor(s -> s.contains("building/125/sensor" + qos + "/temperature 2" + qos + ".5")
                    && s.contains("published to building/125/sensor" + qos) && lastLine(s).equals("lab>"), "the QoS " + q + " message");
        }

        type("pub -t building/half");  // typed, not sent
        waitFor(s -> lastLine(s).equals("lab> pub -t building/half"), "the half-typed line");
        Process p = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-p", String.valueOf(mosquitto.port()),
                "-t", "building/125/ac/state", "-m", "ON").start();
        assertEquals(0, p.waitFor());
        screen = waitFor(s -> s.contains("building/125/ac/state ON"), "the message from outside");
        assertEquals("lab> pub -t building/half", lastLine(screen), screen);
        assertTrue(screen.indexOf("building/125/ac/state ON") < screen.lastIndexOf("lab> pub -t building/half"), screen);

        type("C-c");
        waitFor(s -> lastLine(s).equals("lab>"), "an empty prompt after Ctrl-C");

        type("sbu -t x", "Enter");
        waitFor(s -> s.contains("Unknown command 'sbu'. Did you mean `sub`?"), "the typo's answer");

        type("connec", "Tab");
        waitFor(s -> lastLine(s).equals("lab> connect"), "tab completion of `connect`");
        type("C-u");

        // the words of `fault` and `trace` are picocli subcommands: completion comes from their declarations
        type("fault dr", "Tab");
        waitFor(s -> lastLine(s).equals("lab> fault drop"), "tab completion of the subcommand `drop`");
        type("pubco", "Tab");
        waitFor(s -> lastLine(s).equals("lab> fault drop pubcomp"), "tab completion of a packet type");
        type("fr", "Tab");
        waitFor(s -> lastLine(s).equals("lab> fault drop pubcomp from"), "tab completion of to|from");
        type("C-u");
        type("trace top", "Tab");
        waitFor(s -> lastLine(s).equals("lab> trace topic"), "tab completion of `trace topic`");
        type("C-u");

        type("quit", "Enter");
        screen = waitFor(s -> s.contains("Bye. Sessions closed.") && s.contains("exit=0"), "the goodbye and exit status 0");
        assertFalse(screen.contains("Exception"), screen);
        assertTrue(Files.readString(home.resolve("history"), StandardCharsets.UTF_8).contains("sub -t building/# -q 2"));
    }

    private void type(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(tmux, "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(new String[0]));
    }

    private String capture() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tmux, "capture-pane", "-p", "-t", session).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return s;
    }

    private String waitFor(Predicate<String> ok, String what) {
        String[] s = {""};
        return mqttlab.testsupport.Await.value(() -> {
            try {
                s[0] = capture();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("tmux capture-pane", e);
            }
            return ok.test(s[0]) ? s[0] : null;
        }, java.time.Duration.ofSeconds(20), () -> what + "; the screen:\n" + s[0]);
    }

    static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
