package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shell answers a person at a real terminal (tmux) whatever the command they started is doing. */
@Timeout(180)
class TmuxResponsiveTest {

    @Test
    @DisplayName("Ctrl-C during a long command gives the prompt back, says so, and the shell goes on (80 columns, English)")
    void ctrlCStopsALongCommand() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("en", 80, 30, "tmux-256color", "--no-building")) {
            s.waitForPrompt("lab>");
            s.line("sleep 60");
            whileRunning(s, "lab> sleep 60");
            long pressed = System.nanoTime();
            s.keys("C-c");
            String pane = s.waitFor(p -> p.contains("`sleep` stopped.") && TmuxScreen.lastLine(p).equals("lab>"), "the prompt after Ctrl-C");
            long millis = (System.nanoTime() - pressed) / 1_000_000;
            assertTrue(millis < 10_000, "the prompt came back after " + millis + " ms");
            assertTrue(pane.contains("^C: stopping `sleep`…"), pane);
            s.line("match 'a/+' a/b");
            pane = s.waitFor(p -> TmuxScreen.after(p, "lab> match").contains("a/b") && TmuxScreen.lastLine(p).equals("lab>"), "the next command's answer");
            assertFalse(pane.contains("Exception"), pane);
        }
    }

    @Test
    @DisplayName("Ctrl-C in Korean, at 120 columns under xterm-256color")
    void ctrlCInKorean() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("ko", 120, 30, "xterm-256color", "--no-building")) {
            s.waitForPrompt("lab>");
            s.line("sleep 60");
            whileRunning(s, "lab> sleep 60");
            s.keys("C-c");
            s.waitFor(p -> p.contains("`sleep` 명령을 멈췄습니다.") && TmuxScreen.lastLine(p).equals("lab>"), "the prompt after Ctrl-C");
        }
    }

    @Test
    @DisplayName("System.exit(0) in JShell ends only JShell's JVM: the shell says so, answers the next snippet, and the lab goes on")
    void jshellExitLeavesTheLabAlive() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("en", 120, 40, "xterm-256color", "--no-building")) {
            s.waitForPrompt("lab>");
            s.line("java");
            s.waitFor(p -> p.contains("Starting JShell in a Java VM of its own") && TmuxScreen.lastLine(p).equals("jshell>"), "the JShell prompt");
            s.line("System.exit(0);");
            String pane = s.waitFor(p -> p.contains("A fresh JShell is starting") && TmuxScreen.lastLine(p).equals("jshell>"), "the word on the exit");
            assertTrue(pane.contains("Your snippet ended JShell's Java VM with System.exit(0). The lab goes on"), pane);
            s.line("6 * 7");
            s.waitFor(p -> p.contains("==> 42") && TmuxScreen.lastLine(p).equals("jshell>"), "a fresh JShell's answer");
            s.line("while (true) { try { java.util.concurrent.TimeUnit.MILLISECONDS.sleep(1); } catch (Throwable t) { } }");
            whileRunning(s, "jshell> while (true)");
            s.keys("C-c");
            pane = s.waitFor(p -> p.contains("still running 3 s after Ctrl-C") && TmuxScreen.lastLine(p).equals("jshell>"), "the spin ended");
            assertTrue(pane.contains("^C: stopping the snippet"), pane);
            s.line("/exit");
            s.waitForPrompt("lab>");
            s.line("match 'a/#' a/b/c");
            pane = s.waitFor(p -> TmuxScreen.after(p, "lab> match").contains("a/b/c") && TmuxScreen.lastLine(p).equals("lab>"), "the lab answering");
            assertFalse(pane.contains("Exception"), pane);
        }
    }

    @Test
    @DisplayName("a 100,000-character paste is echoed and runs, bracketed or typed as a burst (the old reader never finished)")
    void aHugePasteStaysResponsive() throws Exception {
        try (TmuxScreen s = TmuxScreen.start("en", 120, 40, "xterm-256color", "--no-building")) {
            s.waitForPrompt("lab>");
            for (boolean bracketed : new boolean[] {false, true}) {
                String end = bracketed ? "END1" : "END0";
                String line = "pub -t paste -m " + "x".repeat(100_000 - 20) + end;
                long t0 = System.nanoTime();
                s.paste(line, bracketed);
                s.waitFor(p -> p.stripTrailing().endsWith(end), "the end of the pasted line on the screen");
                long echoMillis = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(echoMillis < 15_000, "a 100,000-character paste took " + echoMillis + " ms to echo");
                s.keys("Enter");
                s.waitFor(p -> TmuxScreen.after(p, end).contains("published to paste") && TmuxScreen.lastLine(p).equals("lab>"), "the pasted command run");
            }
        }
    }

    /**
     * Waits until {@code typed} is on the screen and the command has begun: nothing on the screen shows that moment
     * (the line is echoed before the command runs), and a Ctrl-C before it is lost (no handler yet, or JShell drops a
     * stop that comes before the snippet runs), so time must really pass here.
     */
    private static void whileRunning(TmuxScreen s, String typed) throws Exception {
        s.waitFor(p -> TmuxScreen.lastLine(p).startsWith(typed), "`" + typed + "` typed");
        Thread.sleep(1500);
    }
}
