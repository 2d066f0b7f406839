package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.TmuxScreen;
import mqttlab.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A durable session, seen on a real terminal: lesson 6's sequence (the broker keeps owl's subscription and
 * its QoS 1 message while owl is away, and the shell shows both when owl resumes) and lesson 9's
 * redelivery (a lost PUBACK makes the broker send the message again with DUP = 1 when the session
 * resumes [MQTT-4.4.0-1]). Both languages, 80 and 120 columns, two TERMs; the building runs, as it does
 * for a student.
 */
class SessionDisplayTmuxTest {

    record Words(String present, String keptSubs, String queued, String mark, String dup, String disconnected, String subscribed) { }

    static Words words(String lang) {
        return lang.equals("ko")
                ? new Words("세션 유지", Text.in(lang, "shell.resume.subs", "owl", "lab/owl (QoS 1)"), "자리를 비운 동안 owl 세션에 쌓인 메시지 1개", "[자리를 비운 동안 쌓인 메시지]",
                        "[DUP: 재전송", "owl 세션 연결 종료", "구독함 (QoS 1)")
                : new Words("session present", Text.in(lang, "shell.resume.subs", "owl", "lab/owl (QoS 1)"), "1 message(s) queued for owl while you were away",
                        "[queued while you were away]", "[DUP: sent again", "session owl disconnected", "(QoS 1)");
    }

    @ParameterizedTest(name = "{0} at {1} columns, TERM={2}")
    @CsvSource({"en, 80, xterm-256color", "ko, 120, tmux-256color"})
    void durableSessionShowsWhatHappenedWhileAway(String lang, int cols, String term) throws Exception {
        Words w = words(lang);
        try (TmuxScreen t = TmuxScreen.start(lang, cols, 40, term)) {
            t.waitForPrompt("lab>");

            t.line("connect owl -i owl -c");
            t.waitForPrompt("lab[owl]>");
            t.line("sub -t lab/owl -q 1");
            t.waitFor(s -> TmuxScreen.after(s, "sub -t lab/owl").contains(w.subscribed()) && TmuxScreen.lastLine(s).equals("lab[owl]>"), "owl's subscription");
            t.line("disconnect owl");
            t.waitFor(s -> s.contains(w.disconnected()) && TmuxScreen.lastLine(s).equals("lab>"), "owl gone");
            t.line("pub -t lab/owl -m 30.0 -q 1");
            t.waitFor(s -> TmuxScreen.after(s, "pub -t lab/owl").contains("lab/owl") && TmuxScreen.lastLine(s).equals("lab>"), "the publish");
            // nothing printed the message while owl was away
            assertFalse(TmuxScreen.after(t.all(), "pub -t lab/owl").contains("30.0  ["), t.all());
            // what the broker keeps for owl while it is away: its subscription and one queued message
            t.line("sessions");
            String away = TmuxScreen.after(t.waitFor(s -> TmuxScreen.lastLine(s).equals("lab>")
                    && TmuxScreen.after(s, "> sessions").lines().count() > 3, "the sessions table while owl is away"), "> sessions");
            String keptRow = away.lines().filter(l -> l.contains(" owl ")).findFirst().orElse("");
            assertTrue(keptRow.contains(Text.in(lang, "table.kept.offline")) && keptRow.contains("lab/owl") && keptRow.matches(".*\\s1\\s.*"),
                    "owl kept by the broker, its subscription and 1 queued:\n" + away);

            t.line("connect owl -i owl -c");
            String resumed = TmuxScreen.after(t.waitForPrompt("lab[owl]>"), "connect owl -i owl -c");
            assertTrue(resumed.contains(w.present()), resumed);
            assertTrue(resumed.replaceAll("\\s*\n\\s*", " ").contains(w.keptSubs()), resumed);   // the shell wraps it between words at 80 columns
            assertTrue(resumed.contains(w.queued()), resumed);
            assertTrue(resumed.contains("lab/owl 30.0") && resumed.contains(w.mark()), resumed);
            assertTrue(resumed.indexOf(w.queued()) < resumed.indexOf("lab/owl 30.0"), resumed);

            t.line("sessions");
            String table = TmuxScreen.after(t.waitFor(s -> TmuxScreen.lastLine(s).equals("lab[owl]>")
                    && s.split("> sessions", -1).length > 2 // the second table, not the one owl was away in
                    && TmuxScreen.after(s, "> sessions").lines().count() > 2, "the sessions table"), "> sessions");
            String owlRow = table.lines().filter(l -> l.contains(" owl ")).findFirst().orElse("");
            assertTrue(owlRow.contains("lab/owl"), table);
            assertTrue(owlRow.contains(Text.in(lang, "table.session.present")) && owlRow.matches(".*\\s1\\s.*"),
                    "CONNACK said session present, 1 delivered on resume:\n" + table);

            // a live message on the restored subscription prints as any other, with no mark
            t.line("pub -t lab/owl -m 31.5 -q 1");
            String live = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "-m 31.5").contains("lab/owl 31.5"), "the live message"), "-m 31.5");
            assertFalse(live.contains(w.mark()), live);
        }
    }

    /**
     * Exercise 06's reference solution typed as it is written (solutions/06-durable-session): each
     * mosquitto_sub is its own client, so -E and -C end it as the program would end, with DISCONNECT, and a
     * durable session (-c) keeps its subscription at the broker [MQTT-3.1.2-4]; the resumed one shows the
     * alert kept for it [MQTT-3.1.2-5], and the shell is back at its prompt.
     */
    @ParameterizedTest(name = "{0} at {1} columns, TERM={2}")
    @CsvSource({"en, 80, tmux-256color", "ko, 120, xterm-256color"})
    void mosquittoSubAsInTheSolutionResumesItsSession(String lang, int cols, String term) throws Exception {
        Words w = words(lang);
        String gone = Text.in(lang, "shell.disconnected", "student-06");
        try (TmuxScreen t = TmuxScreen.start(lang, cols, 40, term)) {
            t.waitForPrompt("lab>");
            t.line("mosquitto_sub -i student-06 -c -q 1 -t building/alerts -E");
            String first = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "-t building/alerts -E").contains(gone)
                    && TmuxScreen.lastLine(s).equals("lab>"), "-E ends the client"), "-t building/alerts -E");
            assertTrue(first.contains(w.subscribed()), first);

            t.line("mosquitto_pub -t building/alerts -m \"fire drill at 15:00\" -q 1");
            t.waitFor(s -> TmuxScreen.after(s, "-m \"fire drill").lines().count() > 1 && TmuxScreen.lastLine(s).equals("lab>"), "the publish");

            t.line("mosquitto_sub -i student-06 -c -q 1 -t building/alerts -v -C 1");
            String resumed = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "-v -C 1").contains(gone)
                    && TmuxScreen.lastLine(s).equals("lab>"), "the resumed client gets the alert and ends"), "-v -C 1");
            assertTrue(resumed.contains("building/alerts fire drill at 15:00"), resumed);
            assertTrue(resumed.replace("\n", " ").contains(w.mark()), "marked as kept while away (the lab wraps it at a space):\n" + resumed);
            assertTrue(resumed.indexOf(w.subscribed()) < resumed.indexOf("fire drill at 15:00"), resumed);

            t.line("check 06");
            String graded = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "> check 06").contains("100/100")
                    && TmuxScreen.lastLine(s).equals("lab>"), "exercise 06 passes"), "> check 06");
            assertFalse(graded.contains("✘"), graded);
        }
    }

    @ParameterizedTest(name = "{0} at {1} columns, TERM={2}")
    @CsvSource({"en, 120, tmux-256color", "ko, 80, xterm-256color"})
    void lostPubackBringsDupRedelivery(String lang, int cols, String term) throws Exception {
        Words w = words(lang);
        try (TmuxScreen t = TmuxScreen.start(lang, cols, 40, term)) {
            t.waitForPrompt("lab>");
            t.line("connect watcher -i watcher -c");
            t.waitForPrompt("lab[watcher]>");
            t.line("sub -t lab/qos/dup -q 1 -v");
            t.waitFor(s -> TmuxScreen.after(s, "sub -t lab/qos/dup").contains(w.subscribed()) && TmuxScreen.lastLine(s).equals("lab[watcher]>"), "the subscription");
            t.line("fault drop puback in watcher");
            t.waitFor(s -> TmuxScreen.after(s, "fault drop").lines().count() > 1 && TmuxScreen.lastLine(s).equals("lab[watcher]>"), "the fault");
            t.line("pub -t lab/qos/dup -m again -q 1");
            String first = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "-m again").contains("lab/qos/dup again"), "the first delivery"), "-m again");
            assertFalse(first.contains(w.dup()), first);

            t.line("kill watcher");
            t.waitForPrompt("lab>");
            t.line("connect watcher -i watcher -c");
            String resumed = TmuxScreen.after(t.waitForPrompt("lab[watcher]>"), "connect watcher -i watcher -c");
            assertTrue(resumed.contains(w.present()), resumed);
            String again = resumed.lines().filter(l -> l.contains("lab/qos/dup again")).findFirst().orElse("");
            assertTrue(again.contains(w.dup()), resumed);

            // `trace last` draws watcher's resume, not the sensor readings that passed since
            t.line("trace last");
            String trace = TmuxScreen.after(t.waitFor(s -> TmuxScreen.lastLine(s).equals("lab[watcher]>")
                    && TmuxScreen.after(s, "trace last").lines().count() > 3, "the trace"), "trace last");
            assertTrue(trace.contains("CONNACK rc0 session present"), trace);
            assertTrue(trace.contains("PUBLISH q1 m1 dup 'lab/qos/dup'"), trace);
            assertFalse(trace.contains("building/"), trace);

        }
    }
}
