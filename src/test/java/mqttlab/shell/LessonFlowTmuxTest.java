package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order of what a student sees while a lesson runs, on a real terminal: a command's own output comes
 * before the lesson's "✔ step done" for it, and when a step completes on its own (a program of the
 * student's publishes from outside the shell) the prompt shows the next step at once, without Enter.
 */
class LessonFlowTmuxTest {

    @ParameterizedTest(name = "{0} at {1} columns, TERM={2}")
    @CsvSource({"en, 120, xterm-256color", "ko, 80, tmux-256color"})
    void outputBeforeTickAndPromptFollowsTheStep(String lang, int cols, String term) throws Exception {
        String done = lang.equals("ko") ? "단계 완료" : "done.";
        String connected = lang.equals("ko") ? "세션 owl 연결됨" : "session owl connected as owl";
        try (TmuxScreen t = TmuxScreen.start(lang, cols, 50, term)) {
            t.waitForPrompt("lab>");
            t.line("lesson 6");
            t.waitForPrompt("lab L6.1>");
            t.line("next");
            t.waitForPrompt("lab L6.2>");
            t.line("next");
            t.waitForPrompt("lab L6.3>");

            t.line("connect owl -i owl -c");
            String after = TmuxScreen.after(t.waitForPrompt("lab[owl] L6.4>"), "> connect owl -i owl -c");
            assertTrue(after.indexOf(connected) >= 0 && after.indexOf(connected) < after.indexOf(done),
                    "the connect's own lines first, then the tick:\n" + after);

            t.line("sub -t building/101/sensor1/temperature -q 1");
            after = TmuxScreen.after(t.waitForPrompt("lab[owl] L6.5>"), "> sub -t building/101");
            assertTrue(after.indexOf("(QoS 1)") >= 0 && after.indexOf("(QoS 1)") < after.indexOf(done),
                    "the SUBACK's line first, then the tick:\n" + after);

            t.line("disconnect owl");
            t.waitForPrompt("lab L6.6>");

            // a program of the student's publishes: the step completes while the prompt waits, and the prompt follows
            Cmd.Result pub = Cmd.run(20, Peers.require("mosquitto_pub").toString(), "-h", "127.0.0.1", "-p", String.valueOf(t.port()),
                    "-i", "student-program", "-t", "building/101/sensor1/temperature", "-m", "30.0", "-q", "1");
            assertTrue(pub.exit() == 0, pub.err());
            String pane = t.waitForPrompt("lab L6.7>");
            assertTrue(TmuxScreen.after(pane, "> disconnect owl").contains(done), pane);
        }
    }
}
