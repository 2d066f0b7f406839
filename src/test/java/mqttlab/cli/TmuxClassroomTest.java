package mqttlab.cli;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.classroom.ClassroomFixture;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mqttlab classroom` and `mqttlab --join` on real terminals (two tmux sessions): the instructor's
 * live scoreboard redraws in place when the student does a step, and stops at a key press.
 */
class TmuxClassroomTest {
    @TempDir Path tmp;
    private String tmux;
    private final String teacher = "mqttlab-class-t-" + ProcessHandle.current().pid();
    private final String student = "mqttlab-class-s-" + ProcessHandle.current().pid();

    @AfterEach
    void stop() throws Exception {
        if (tmux == null) return;
        for (String s : List.of(teacher, student)) new ProcessBuilder(tmux, "kill-session", "-t", s).start().waitFor();
    }

    @Test
    @DisplayName("live scoreboard: refreshes in place when a student moves on, ends at a key; the student's shell shows the announcement")
    void liveScoreboard() throws Exception {
        tmux = Peers.require("tmux").toString();
        ClassroomFixture f = ClassroomFixture.create(tmp, 3, "127.0.0.1", 0);
        start(teacher, tmp.resolve("home-t"), "classroom", "-c", f.conf.toString(), "--no-building", "--lang", "en");
        String screen = waitFor(teacher, s -> last(s).equals("lab>"), "the instructor's prompt");
        Matcher m = Pattern.compile("mqttlab --join (127\\.0\\.0\\.1:\\d+) --user NAME").matcher(screen);
        assertTrue(m.find(), screen);
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "pw-s01\n");
        start(student, tmp.resolve("home-s"), "--join", m.group(1), "--user", "s01", "--password-file", pw.toString(), "--lang", "en");
        waitFor(student, s -> s.contains("[class] Joined the class") && last(s).equals("lab>"), "the student's prompt");

        type(teacher, "scoreboard", "Enter");
        waitFor(teacher, s -> s.matches("(?s).*\\ns01 +yes +- +0 .*") && s.contains("(live; press any key to stop)"), "the live table");
        type(student, "lesson 1", "Enter");
        type(student, "next", "Enter");
        waitFor(student, s -> last(s).equals("lab L1.2>"), "the student at L1.2");
        screen = waitFor(teacher, s -> s.matches("(?s).*\\ns01 +yes +01\\.2 +1 .*"), "the table redrawn with the step");
        assertEquals(1, count(screen, "STUDENT  ONLINE"), "redrawn in place, not printed again:\n" + screen);
        type(teacher, "q");
        screen = waitFor(teacher, s -> last(s).equals("lab>"), "the prompt after a key");
        assertFalse(screen.contains("(live; press any key to stop)"), screen);

        type(teacher, "class announce Quiz at 11", "Enter");
        waitFor(student, s -> s.contains("[class] Announcement: Quiz at 11"), "the announcement");
        type(teacher, "quit", "Enter");
        waitFor(student, s -> s.contains("The instructor's lab went away"), "the lab going away");
        type(student, "quit", "Enter");
        waitFor(student, s -> s.contains("exit=0"), "the student's exit");
        waitFor(teacher, s -> s.contains("exit=0"), "the instructor's exit");
    }

    @Test
    @DisplayName("in class, in Korean at 80 columns: what the broker refuses a student (a classmate's topics, a classmate's client id) is one clear Korean line each, and the shell goes on")
    void refusalsOnTheStudentsScreen() throws Exception {
        tmux = Peers.require("tmux").toString();
        ClassroomFixture f = ClassroomFixture.create(tmp, 3, "127.0.0.1", 0);
        start(teacher, tmp.resolve("home-t"), "classroom", "-c", f.conf.toString(), "--no-building", "--lang", "en");
        String screen = waitFor(teacher, s -> last(s).equals("lab>"), "the instructor's prompt");
        Matcher m = Pattern.compile("mqttlab --join (127\\.0\\.0\\.1:\\d+) --user NAME").matcher(screen);
        assertTrue(m.find(), screen);
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "pw-s01\n");
        startSized(student, tmp.resolve("home-s"), 80, "--join", m.group(1), "--user", "s01", "--password-file", pw.toString(), "--lang", "ko");
        waitFor(student, s -> last(s).equals("lab>"), "the student's prompt");

        type(student, "pub -t students/s02/note -m hi -q 1", "Enter");
        type(student, "pub -V 5 -t students/s02/note -m hi -q 1", "Enter");
        type(student, "sub -t students/s02/# -q 1", "Enter");
        type(student, "sub -V 5 -t students/s02/# -q 1", "Enter");
        type(student, "sub -i s02-mine -t students/s01/x", "Enter");
        type(student, "match 'a/+' a/b", "Enter");
        screen = waitFor(student, s -> s.contains("lab> match") && last(s).equals("lab>"), "the shell answering after the refusals");
        String flat = screen.replace("\n", " ");
        // MQTT 5 says why [MQTT-3.4.2.1] / [MQTT-3.9.3-1]: 0x87 Not authorized; MQTT 3.1.1 can only say 0x80 Failure [MQTT-3.9.3-2]
        assertTrue(flat.contains("브로커가 students/s02/note 토픽으로 보낸 메시지를 거부했습니다 (PUBACK 0x87 권한 없음)"), screen);
        assertTrue(flat.contains("브로커가 students/s02/# 구독을 거부했습니다 (SUBACK 0x80)"), screen);
        assertTrue(flat.contains("브로커가 students/s02/# 구독을 거부했습니다 (SUBACK 0x87 권한 없음)"), screen);
        assertTrue(flat.contains("`s02-mine` 대신 `s01-s02-mine` ID로 접속합니다"), screen);
        assertEquals(java.util.List.of(), mqttlab.testsupport.EnglishRuns.in(screen), screen);
        for (String line : screen.split("\n")) {
            assertTrue(new org.jline.utils.AttributedString(line).columnLength() <= 80, "wider than the screen: " + line);
        }
        assertFalse(screen.contains("Error Code") || screen.contains("(assigned)"), screen);
    }

    private void start(String session, Path home, String... args) throws Exception {
        startSized(session, home, 120, args);
    }

    private void startSized(String session, Path home, int columns, String... args) throws Exception {
        Files.createDirectories(home);
        List<String> cmd = new ArrayList<>(List.of("env", "MQTTLAB_HOME=" + home, "TERM=xterm-256color"));
        cmd.addAll(LabProcess.command(args));
        String line = String.join(" ", cmd.stream().map(TmuxClassroomTest::quote).toList());
        run(tmux, "new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", "40", line + "; echo exit=$?; sleep 10");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private void type(String session, String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(tmux, "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(new String[0]));
    }

    private String capture(String session) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tmux, "capture-pane", "-p", "-t", session).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return s;
    }

    private String waitFor(String session, Predicate<String> ok, String what) {
        String[] s = {""};
        return mqttlab.testsupport.Await.value(() -> {
            try {
                s[0] = capture(session);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("tmux capture-pane", e);
            }
            return ok.test(s[0]) ? s[0] : null;
        }, java.time.Duration.ofSeconds(30), () -> what + " in " + session + "; the screen:\n" + s[0]);
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The last non-blank line of a screen, trimmed. */
    private static String last(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }
}
