package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import mqttlab.classroom.Classroom;
import mqttlab.classroom.ClassroomFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassroomCommandTest {
    @TempDir Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int classroom(String input, String... args) {
        ClassroomCommand cmd = new ClassroomCommand(new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(cmd).execute(args);
    }

    @Test
    @DisplayName("mqttlab classroom: prints how students join, then runs the instructor's commands until quit")
    void runsTheClass() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 3, "127.0.0.1", 0);
        assertEquals(0, classroom("roster list\nclass announce hello\nclass lesson 4\nscoreboard\nbogus\nquit\n",
                "-c", f.conf.toString(), "--no-building"), err.toString());
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.startsWith("MQTT Lab classroom: broker on [/127.0.0.1:"), o);
        assertTrue(o.contains("3 students on the roster, no building."), o);
        assertTrue(o.matches("(?s).*  mqttlab --join 127\\.0\\.0\\.1:\\d+ --user NAME\n.*"), o);
        assertTrue(o.contains("students on other computers cannot reach it"), o);
        assertTrue(o.contains("3 students in " + f.passwd + ":\n  s01, s02, s03\n"), o);
        assertTrue(o.contains("Announced to 0 students online"), o);
        assertTrue(o.contains("Suggested lesson 4 to the class."), o);
        assertTrue(o.contains("STUDENT  ONLINE  LESSON"), o);
        assertTrue(o.contains("0 of 3 students connected; 0 reported progress."), o);
        assertTrue(o.contains("Unknown command 'bogus'. Type `help` for the commands."), o);
    }

    @Test
    @DisplayName("clear one-line errors: no config file, a config without accounts")
    void errors() throws Exception {
        assertEquals(1, classroom("", "-c", tmp.resolve("none.conf").toString()));
        assertEquals("Error: no configuration file " + tmp.resolve("none.conf")
                + " (give one with -c FILE; broker/classroom.conf is the shipped example).\n", err.toString());
        err.reset();
        Path conf = tmp.resolve("open.conf");
        Files.writeString(conf, "listener 0 127.0.0.1\nallow_anonymous true\n");
        assertEquals(1, classroom("", "-c", conf.toString()));
        assertEquals("Error: Classroom mode needs accounts: add `password_file FILE` to " + conf + ".\n", err.toString());
    }

    @Test
    @DisplayName("registered in Main; `mqttlab --join` is a root option")
    void registered() {
        CommandLine cl = Main.commandLine();
        assertTrue(cl.getSubcommands().containsKey("classroom"));
        assertTrue(cl.getCommandSpec().optionsMap().containsKey("--join"));
        assertTrue(cl.getCommandSpec().optionsMap().containsKey("--password-file"));
    }

    private StudentConsole student(String input, Map<String, String> env, String... args) {
        JoinOptions o = new JoinOptions();
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        int u = rest.indexOf("--user"); // --user belongs to the root command (shared with the shell's options)
        if (u >= 0) {
            o.user = rest.get(u + 1);
            rest.subList(u, u + 2).clear();
        }
        new CommandLine(o).parseArgs(rest.toArray(String[]::new));
        return new StudentConsole(o, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
    }

    @Test
    @DisplayName("mqttlab --join: password from --password-file or MQTTLAB_PASSWORD; without a terminal a clear error")
    void join() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", 0);
        try (Classroom c = Classroom.start(f.config(), null, Clock.systemUTC())) {
            String at = "127.0.0.1:" + c.broker().port();
            Path pw = tmp.resolve("pw");
            Files.writeString(pw, "pw-s01\n");
            assertEquals(0, student("status\nquit\n", Map.of(), "--join", at, "--user", "s01", "--password-file", pw.toString()).run(), err.toString());
            assertEquals("Joined the class at " + at + " as s01.\nConnected to " + at + " as s01; progress: none reported yet.\n",
                    out.toString(StandardCharsets.UTF_8));
            out.reset();
            assertEquals(0, student("quit\n", Map.of("MQTTLAB_PASSWORD", "pw-s02"), "--join", at, "--user", "s02").run(), err.toString());
            assertEquals(1, student("", Map.of(), "--join", at, "--user", "s02").run());
            assertEquals("Error: No terminal to ask for the password: use --password-file FILE or set MQTTLAB_PASSWORD\n", err.toString());
            err.reset();
            assertEquals(1, student("", Map.of("MQTTLAB_PASSWORD", "wrong"), "--join", at, "--user", "s02").run());
            assertEquals("Error: The class broker at " + at + " refused user 's02': not authorized. Check the user name and password with your instructor.\n",
                    err.toString());
            err.reset();
            assertEquals(1, student("", Map.of(), "--join", at).run());
            assertEquals("Error: --join needs --user NAME (your account in the class).\n", err.toString());
        }
    }
}
