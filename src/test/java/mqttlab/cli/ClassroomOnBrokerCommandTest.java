package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.shell.LabShell;
import mqttlab.testsupport.DebianMosquitto;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `mqttlab classroom --broker URL` and `mqttlab --join URL` typed as people would, on Debian's
 * mosquitto set up as docs/classroom-on-a-broker.md says (password file, the shipped acl.example).
 */
class ClassroomOnBrokerCommandTest {
    @TempDir Path tmp;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private TypedShell instructor(Map<String, String> env, String... args) throws Exception {
        TypedShell s = new TypedShell("instructor", t -> new CommandLine(new ClassroomCommand(
                (o, addOn) -> LabShell.run(o, t, false, LessonProgressStore.inMemory(), addOn),
                new PrintStream(err, true, StandardCharsets.UTF_8)).env(env::get)).execute(args));
        s.awaitPrompt();
        return s;
    }

    private TypedShell student(String url, String password, String lang) throws Exception {
        return student(url, password, lang, null);
    }

    private TypedShell student(String url, String password, String lang, Path cafile) throws Exception {
        TypedShell s = new TypedShell("student", t -> {
            JoinOptions o = new JoinOptions();
            o.lang = lang;
            o.cafile = cafile;
            new CommandLine(o).parseArgs("--join", url);
            return new StudentShell(o, Map.of("MQTTLAB_PASSWORD", password)::get,
                    (opts, addOn) -> LabShell.run(opts, t, false, LessonProgressStore.inMemory(), addOn),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run();
        });
        s.awaitPrompt();
        return s;
    }

    @Test
    @DisplayName("the instructor's console on mosquitto: banner, roster from a file, a student joining with a URL, "
            + "the scoreboard, announcements, and roster commands that point to the broker's own accounts")
    void classOnMosquitto() throws Exception {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("instructor", "teach-secret");
        accounts.put("s01", "s01-secret");
        accounts.put("s02", "s02-secret");
        DebianMosquitto m = DebianMosquitto.forClass(tmp, accounts);
        try (m) {
            String at = "127.0.0.1:" + m.port();
            Path roster = Files.writeString(tmp.resolve("students.txt"), "s01\ns02\n");
            try (TypedShell teacher = instructor(Map.of("MQTTLAB_PASSWORD", "teach-secret"), "--broker", "mqtt://instructor@" + at,
                    "--roster", roster.toString(), "--no-building", "--lang", "en")) {
                String banner = teacher.screen();
                assertTrue(banner.contains("MQTT Lab — external broker tcp://" + at), banner);
                assertTrue(banner.contains("Classroom on the broker at " + at + " as instructor: 2 students expected"), banner);
                assertTrue(banner.contains("Students join with: mqttlab --join mqtt://NAME@" + at), banner);
                assertTrue(teacher.type("scoreboard").contains("0 of 2 students connected; 0 reported progress."), teacher.screen());

                try (TypedShell alice = student("mqtt://s01@" + at, "s01-secret", "en")) {
                    alice.awaitText("[class] Joined the class at " + at + " as s01.", 10_000);
                    alice.type("lesson 1");
                    alice.type("next");
                    String board = teacher.typeUntil("scoreboard", "01.2", 15_000);
                    assertTrue(board.matches("(?s).*\\ns01 +yes +01\\.2 +1 .*"), board);
                    assertTrue(board.matches("(?s).*\\ns02 +no +- .*"), board);
                    assertTrue(board.contains("1 of 2 students connected; 1 reported progress."), board);
                    teacher.type("class announce Break until 10:15");
                    alice.awaitText("[class] Announcement: Break until 10:15", 10_000);
                    String add = teacher.type("roster add dave");
                    assertTrue(add.contains("Accounts live on the broker at " + at + ": add, remove and change them there"), add);
                    assertEquals(0, alice.quit());
                }
                String board = teacher.typeUntil("scoreboard", "0 of 2 students connected", 15_000);
                assertTrue(board.matches("(?s).*\\ns01 +no +01\\.2 .*"), "progress stays after leaving:\n" + board);
                assertEquals(0, teacher.quit());
            }
        }
        assertEquals("", err.toString());
    }

    @Test
    @DisplayName("--join mqtts:// with --cafile: the class link and the shell's relay both speak TLS to mosquitto; another CA is one line")
    void joinOverTls() throws Exception {
        mqttlab.testsupport.TestCa ca = mqttlab.testsupport.TestCa.make(tmp.resolve("ca"));
        mqttlab.testsupport.TestCa other = mqttlab.testsupport.TestCa.make(tmp.resolve("other"));
        Path dir = Files.createDirectories(tmp.resolve("tls-broker"));
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (DebianMosquitto m = DebianMosquitto.start(dir, String.join("\n", ca.listenerConfig()) + "\nallow_anonymous true\n")) {
            String at = "127.0.0.1:" + m.port();
            try (TypedShell alice = student("mqtts://s01@" + at, "s01-secret", "en", ca.caCert())) {
                alice.awaitText("[class] Joined the class at " + at + " as s01.", 15_000);
                assertTrue(alice.screen().contains("in front of the broker mqtts://" + at), alice.screen());
                String published = alice.type("pub -t students/s01/tls -m secure -q 1");
                assertTrue(published.contains("acknowledged"), published);
                String trace = alice.type("trace last");
                assertTrue(trace.contains("PUBLISH q1") && trace.contains("PUBACK"), trace);
                assertEquals(0, alice.quit());
            }
            assertTrue(m.output().contains("New client connected from 127.0.0.1") && m.output().contains(" u's01'"), m.output());
            JoinOptions o = new JoinOptions();
            o.lang = "en";
            o.cafile = other.caCert();
            new CommandLine(o).parseArgs("--join", "mqtts://s01@" + at);
            int exit = new StudentShell(o, Map.of("MQTTLAB_PASSWORD", "x")::get, (opts, addOn) -> 0,
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run();
            assertEquals(1, exit);
            String line = err.toString();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("Error: Cannot reach the class broker at " + at) && (line.contains("PKIX") || line.contains("certif")), line);
            err.reset();
            assertEquals(1, new CommandLine(new ClassroomCommand((opts, a) -> 0, new PrintStream(err, true, StandardCharsets.UTF_8))
                    .env(Map.of("MQTTLAB_PASSWORD", "x")::get)).execute("--broker", "mqtts://instructor@" + at));
            assertTrue(err.toString().startsWith("Error: The instructor's console does not speak TLS yet"), err.toString());
        }
    }

    @Test
    @DisplayName("a wrong password, a broker that is not there and a ws:// URL: one line each, in Korean too")
    void errors() throws Exception {
        Map<String, String> accounts = Map.of("instructor", "teach-secret");
        try (DebianMosquitto m = DebianMosquitto.forClass(tmp, accounts)) {
            String at = "127.0.0.1:" + m.port();
            assertEquals(1, new CommandLine(new ClassroomCommand((o, a) -> 0, new PrintStream(err, true, StandardCharsets.UTF_8))
                    .env(Map.of("MQTTLAB_PASSWORD", "wrong")::get)).execute("--broker", "mqtt://instructor@" + at));
            assertEquals("Error: The class broker at " + at + " refused user 'instructor': not authorized. "
                    + "Check the user name and password with your instructor.\n", err.toString());
            err.reset();
            int closed = DebianMosquitto.freePort();
            assertEquals(1, new CommandLine(new ClassroomCommand((o, a) -> 0, new PrintStream(err, true, StandardCharsets.UTF_8))
                    .env(Map.of("MQTTLAB_PASSWORD", "x")::get)).execute("--broker", "127.0.0.1:" + closed));
            assertTrue(err.toString().startsWith("Error: Cannot reach the class broker at 127.0.0.1:" + closed + ": connection refused"), err.toString());
            err.reset();
            mqttlab.text.Lang before = mqttlab.text.Text.lang();
            try {
                mqttlab.text.Text.use(mqttlab.text.Lang.KO);
                assertEquals(1, new CommandLine(new ClassroomCommand((o, a) -> 0, new PrintStream(err, true, StandardCharsets.UTF_8))
                        .env(Map.of("MQTTLAB_PASSWORD", "x")::get)).execute("--broker", "ws://" + at));
                assertEquals("Error: 수업 연결은 TCP 위의 MQTT를 씁니다: ws:// 대신 tcp:// 또는 mqtt://(TLS면 mqtts://)를 쓰세요\n", err.toString());
            } finally {
                mqttlab.text.Text.use(before);
            }
        }
    }
}
