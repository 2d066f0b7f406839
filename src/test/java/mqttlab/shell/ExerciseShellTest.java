package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import mqttlab.exercises.progress.LessonSteps;
import mqttlab.exercises.progress.ProgressStore;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The exercises in the shell, graded against the shell's own embedded broker and building. */
@Timeout(120)
class ExerciseShellTest {

    static String run(Path home, String script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = LabShell.dumb(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        LessonSteps steps = new LessonSteps(new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        assertEquals(0, LabShell.run(new ShellOptions(null, null, null, 0, "en", false), t, false, steps));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whatTheStudentDidInTheShellIsGradedThere(@TempDir Path home) throws Exception {
        String out = run(home, String.join("\n",
                "exercise",
                "exercise 01",
                "hint 01",
                "building speed 40",
                "sub -t building/125/sensor1/temperature",
                "sleep 1.5",
                "check 01",
                "check 02",
                "reset 01",
                "progress",
                "cut nobody",
                "quit", ""));
        assertTrue(out.contains("01  First subscription"), out);
        assertTrue(out.contains("Your file:") && out.contains("work/01-first-subscription/commands.txt"), out);
        assertTrue(Files.isRegularFile(home.resolve("work/01-first-subscription/commands.txt")));
        assertTrue(out.contains("-C 3 makes the subscriber stop after three messages"), out);
        assertTrue(out.contains("✔ your client subscribed to exactly building/125/sensor1/temperature"), out);
        assertTrue(out.contains("Exercise 01 · First subscription"), out);
        assertTrue(out.contains("Score: 100/100"), out);
        assertTrue(out.contains("Exercise 02 · One filter for room 125") && out.contains("  ✘ "), out);
        assertTrue(out.contains("Restored the starter in " + home.resolve("work/01-first-subscription")), out);
        assertTrue(out.contains("Lessons\n") && out.contains("Exercises\n") && out.contains("12  Clients in code"), out);
        assertTrue(out.matches("(?s).*01  First subscription +✔ +100/100.*"), out);
        assertTrue(out.contains("cut: no client 'nobody' is connected"), out);
        String json = Files.readString(home.resolve("progress.json"));
        assertTrue(json.contains("\"01\"") && json.contains("\"passed\": true"), json);
    }

    @Test
    void javaIsAJShellWithAConnectedClientUntilExit(@TempDir Path home) throws Exception {
        String out = run(home, String.join("\n",
                "sub -t building/201/ac/set",
                "java",
                "int x = 40 + 2;",
                "boolean listed = topics.contains(\"building/201/ac/set\") && topics.contains(\"building/125/sensor1/temperature\");",
                "throw new IllegalStateException(\"boom\");",
                "for (int i = 0; i < 2; i++) {",
                "  System.out.println(\"i=\" + i);",
                "}",
                "Lab.publish(client, \"building/201/ac/set\", \"ON\");",
                "/exit",
                "sleep 0.5",
                "quit", ""));
        assertTrue(out.contains("JShell: `client` is connected to 127.0.0.1:"), out);
        assertTrue(out.contains("x ==> 42"), out);
        assertTrue(out.contains("listed ==> true"), out);   // `topics`: the building's, from its configuration
        assertTrue(out.contains("java.lang.IllegalStateException: boom"), out);
        assertTrue(out.contains("i=0\ni=1"), out);
        assertTrue(out.contains("building/201/ac/set ON"), out);
        assertTrue(out.contains("Back in the lab"), out);
        assertFalse(out.contains("Exception in thread"), out);
    }
}
