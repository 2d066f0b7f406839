package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.classroom.ClassroomFixture;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.shell.LabShell;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `mqttlab classroom` opens the lab shell as the instructor's console; `mqttlab --join` opens a
 * student's lab shell on the instructor's broker. Both driven as people would type into them.
 */
class ClassroomCommandTest {
    @TempDir Path tmp;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ClassroomCommand classroomCommand(Terminal t) {
        return new ClassroomCommand((o, addOn) -> LabShell.run(o, t, false, LessonProgressStore.inMemory(), addOn),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private TypedShell instructor(String... args) throws Exception {
        TypedShell s = new TypedShell("instructor", t -> new CommandLine(classroomCommand(t)).execute(args));
        s.awaitPrompt();
        return s;
    }

    private StudentShell studentShell(Terminal t, Map<String, String> env, Map<String, Integer> exercises, String... args) {
        JoinOptions o = new JoinOptions();
        List<String> rest = new ArrayList<>(List.of(args));
        int u = rest.indexOf("--user"); // --user belongs to the root command (shared with the shell's options)
        if (u >= 0) {
            o.user = rest.get(u + 1);
            rest.subList(u, u + 2).clear();
        }
        o.lang = "en";
        new CommandLine(o).parseArgs(rest.toArray(String[]::new));
        return new StudentShell(o, env::get, (opts, addOn) -> LabShell.run(opts, t, false, LessonProgressStore.inMemory(), addOn),
                new PrintStream(err, true, StandardCharsets.UTF_8), exercises);
    }

    private TypedShell student(String user, String password, Map<String, Integer> exercises, String at) throws Exception {
        TypedShell s = new TypedShell(user, t -> studentShell(t, Map.of("MQTTLAB_PASSWORD", password), exercises,
                "--join", at, "--user", user).run());
        s.awaitPrompt();
        return s;
    }

    private static String address(String banner) {
        Matcher m = Pattern.compile("MQTT Lab — broker on (127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        return m.group(1);
    }

    @Test
    @DisplayName("a class of 3: a student joins through the shell, does a lesson step, and the instructor's scoreboard shows it; "
            + "class announce and class lesson reach the student's shell; roster add lets a new student join")
    void instructorAndStudentShells() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 3, "127.0.0.1", 0);
        try (TypedShell teacher = instructor("-c", f.conf.toString(), "--no-building", "--lang", "en")) {
            String banner = teacher.screen();
            String at = address(banner);
            assertTrue(banner.contains("Classroom: 3 students on the roster"), banner);
            assertTrue(banner.contains("  mqttlab --join " + at + " --user NAME"), banner);
            assertTrue(banner.contains("Instructor: `scoreboard`"), banner);
            assertTrue(teacher.type("roster list").contains("3 students in " + f.passwd + ":\n  s01, s02, s03"), teacher.screen());
            String board = teacher.type("scoreboard");
            assertTrue(board.contains("STUDENT  ONLINE  LESSON"), board);
            assertTrue(board.contains("0 of 3 students connected; 0 reported progress."), board);

            try (TypedShell alice = student("s01", "pw-s01", Map.of("02", 90), at)) {
                alice.awaitText("[class] Joined the class at " + at + " as s01.", 5_000);
                String step = alice.type("lesson 1");
                assertTrue(step.contains("Network protocols"), step);
                alice.type("next");
                assertTrue(alice.screen().endsWith("lab L1.2> "), alice.screen());
                board = teacher.typeUntil("scoreboard", "01.2", 10_000);
                assertTrue(board.matches("(?s).*\\ns01 +yes +01\\.2 +1 \\(1\\*\\) +1 \\(02\\*\\) .*"), board);
                assertTrue(board.matches("(?s).*\\ns02 +no +- +0 +0 +-\\n.*"), board);
                assertTrue(board.contains("1 of 3 students connected; 1 reported progress."), board);

                // the student's own sessions run as s01: their own topics work
                alice.type("sub -t students/s01/# -v");
                alice.type("pub -t students/s01/hello -m hi");
                alice.awaitText("students/s01/hello hi", 5_000);

                assertTrue(teacher.type("class announce Break until 10:15").contains("Announced to 1 student online"), teacher.screen());
                alice.awaitText("[class] Announcement: Break until 10:15", 5_000);
                assertTrue(teacher.type("class lesson 4").contains("Suggested lesson 4 to the class."));
                alice.awaitText("[class] The instructor suggests lesson 4: type `lesson 4`.", 5_000);
                teacher.type("class allow ac");
                alice.awaitText("[class] You may now command the A/C units", 5_000);

                Path csv = tmp.resolve("out/board.csv");
                assertTrue(teacher.type("scoreboard export " + csv).contains("Wrote 3 rows to " + csv + "."));
                assertTrue(Files.readString(csv).contains("\ns01,true,01,2,1,1,1,02:90,02,"), Files.readString(csv));

                assertTrue(teacher.type("roster add dave dave-pw").contains("Added dave."), teacher.screen());
                try (TypedShell dave = student("dave", "dave-pw", Map.of(), at)) {
                    dave.awaitText("[class] Joined the class at " + at + " as dave.", 5_000);
                    board = teacher.typeUntil("scoreboard", "2 of 4 students connected", 10_000);
                    assertTrue(board.matches("(?s).*\\ndave +yes .*"), board);
                    assertEquals(0, dave.quit());
                }

                String bad = teacher.type("roster frobnicate");
                assertTrue(bad.contains("roster: use `roster list`, `roster add USER [PASSWORD]`"), bad);
                assertTrue(teacher.type("class lesson x").contains("class: use `class announce TEXT`"), teacher.screen());
                assertTrue(teacher.type("class reset-building").contains("The building is not running in this classroom."));

                assertEquals(0, teacher.quit());
                alice.awaitText("[class] The instructor's lab went away", 10_000);
                assertEquals(0, alice.quit());
            }
        }
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    @DisplayName("the instructor's shell runs on the classroom's building and broker; the plain shell commands work there")
    void withTheBuilding() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", 0);
        try (TypedShell teacher = instructor("-c", f.conf.toString(), "--lang", "en")) {
            assertTrue(teacher.screen().contains("· building: 4 rooms"), teacher.screen());
            teacher.type("sub -t building/+/sensor1/temperature -v");
            teacher.awaitText("building/125/sensor1/temperature ", 10_000);
            assertTrue(teacher.type("clients").contains("instructor-shell-"), teacher.screen());
            assertTrue(teacher.type("class reset-building").contains("The building is back at its start: 4 rooms"), teacher.screen());
            assertEquals(0, teacher.quit());
        }
    }

    /** Stands in for the exercises' `check`: calls the shell's one-method hook. */
    @picocli.CommandLine.Command(name = "passed", description = "test: an exercise passed")
    public static final class PassedCommand implements Runnable {
        @picocli.CommandLine.Parameters(index = "0") String exercise;
        @picocli.CommandLine.Parameters(index = "1") int score;
        private final mqttlab.shell.ShellContext ctx;

        public PassedCommand(mqttlab.shell.ShellContext ctx) { this.ctx = ctx; }

        @Override public void run() { ctx.exercisePassed(exercise, score); }
    }

    /** {@code addOn} and the {@code passed} command. */
    private static mqttlab.shell.ShellAddOn withPassed(mqttlab.shell.ShellAddOn a) {
        return new mqttlab.shell.ShellAddOn() {
            @Override public mqttlab.shell.Endpoint endpoint() { return a.endpoint(); }
            @Override public mqttlab.building.Building building() { return a.building(); }
            @Override public mqttlab.client.ClientSettings firstSession(mqttlab.client.ClientSettings u) { return a.firstSession(u); }
            @Override public void commands(mqttlab.shell.CommandRegistry r) { a.commands(r); r.add(PassedCommand.class, PassedCommand::new); }
            @Override public List<String> banner() { return a.banner(); }
            @Override public void started(mqttlab.shell.ShellContext c) { a.started(c); }
            @Override public void afterCommand(mqttlab.shell.ShellContext c) { a.afterCommand(c); }
            @Override public void stopping(mqttlab.shell.ShellContext c) { a.stopping(c); }
        };
    }

    @Test
    @DisplayName("an exercise passed in the student's shell (ShellContext.exercisePassed) shows on the scoreboard; `help` lists the instructor's commands")
    void exercisesAndHelp() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", 0);
        try (TypedShell teacher = instructor("-c", f.conf.toString(), "--no-building", "--lang", "en")) {
            String help = teacher.type("help");
            assertTrue(help.matches("(?s).*\\n  scoreboard +Who is connected.*"), help);
            assertTrue(help.matches("(?s).*\\n  class +Tell the whole class.*"), help);
            assertTrue(teacher.type("help roster").contains("roster add erin s3cret-pw"), teacher.screen());
            String at = address(teacher.screen());
            try (TypedShell bob = new TypedShell("s02", t -> {
                JoinOptions o = new JoinOptions();
                o.join = at;
                o.user = "s02";
                o.lang = "en";
                o.keepAlive = 15;
                return new StudentShell(o, Map.of("MQTTLAB_PASSWORD", "pw-s02")::get,
                        (opts, addOn) -> LabShell.run(opts, t, false, LessonProgressStore.inMemory(), withPassed(addOn)),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run();
            })) {
                bob.awaitPrompt();
                bob.type("passed 05 80");
                bob.type("passed 05 70");
                String board = teacher.typeUntil("scoreboard", "1 (05*)", 10_000);
                assertTrue(board.matches("(?s).*\\ns02 +yes +- +0 +1 \\(05\\*\\) .*"), board);
                assertEquals(0, bob.quit());
            }
            assertEquals(0, teacher.quit());
        }
    }

    @Test
    @DisplayName("clear one-line errors: no config file, a config without accounts")
    void errors() throws Exception {
        assertEquals(1, new CommandLine(classroomCommand(null)).execute("-c", tmp.resolve("none.conf").toString()));
        assertEquals("Error: no configuration file " + tmp.resolve("none.conf")
                + " (give one with -c FILE; broker/classroom.conf is the shipped example).\n", err.toString());
        err.reset();
        Path conf = tmp.resolve("open.conf");
        Files.writeString(conf, "listener 0 127.0.0.1\nallow_anonymous true\n");
        assertEquals(1, new CommandLine(classroomCommand(null)).execute("-c", conf.toString()));
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

    @Test
    @DisplayName("mqttlab --join: password from --password-file; a wrong password, no terminal or no --user is one line, no shell")
    void joinErrors() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", 0);
        try (TypedShell teacher = instructor("-c", f.conf.toString(), "--no-building", "--lang", "en")) {
            String at = address(teacher.screen());
            Path pw = tmp.resolve("pw");
            Files.writeString(pw, "pw-s02\n");
            try (TypedShell bob = new TypedShell("s02", t -> studentShell(t, Map.of(), Map.of(), "--join", at, "--user", "s02",
                    "--password-file", pw.toString()).run())) {
                bob.awaitPrompt();
                bob.awaitText("[class] Joined the class at " + at + " as s02.", 5_000);
                assertEquals(0, bob.quit());
            }
            assertEquals(1, studentShell(null, Map.of(), Map.of(), "--join", at, "--user", "s02").run());
            assertEquals("Error: No terminal to ask for the password: use --password-file FILE or set MQTTLAB_PASSWORD\n", err.toString());
            err.reset();
            assertEquals(1, studentShell(null, Map.of("MQTTLAB_PASSWORD", "wrong"), Map.of(), "--join", at, "--user", "s02").run());
            assertEquals("Error: The class broker at " + at + " refused user 's02': not authorized. Check the user name and password with your instructor.\n",
                    err.toString());
            err.reset();
            assertEquals(1, studentShell(null, Map.of(), Map.of(), "--join", at).run());
            assertEquals("Error: --join needs --user NAME (your account in the class), or the user in the URL: mqtt://NAME@HOST:PORT.\n", err.toString());
            err.reset();
            // the account in a URL, as for any broker the class runs on
            assertEquals(1, studentShell(null, Map.of(), Map.of(), "--join", "mqtt://s02:wrong@" + at).run());
            assertEquals("Error: The class broker at " + at + " refused user 's02': not authorized. Check the user name and password with your instructor.\n",
                    err.toString());
            assertEquals(0, teacher.quit());
        }
    }
}
