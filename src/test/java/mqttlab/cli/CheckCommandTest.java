package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** `mqttlab check`: exit 0 on a pass, 1 otherwise, with the report on stdout. */
@Timeout(90)
class CheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void aQuizPassesWithItsSolutionAndFailsUntouched() {
        assertEquals(0, run("check", "03", "--dir", "solutions/03-wildcards"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Score: 100/100"));
        assertEquals(1, run("check", "7", "--dir", "exercises/07-fixed-header"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no answers yet"));
    }

    @Test
    void theJavaControllerIsGradedOnAPrivateLabWithAProgressBar() {
        // how long the simulated day takes is a benchmark's business (a loaded machine slows the building down on purpose)
        assertEquals(0, run("check", "10", "--dir", "solutions/10-java-controller"), out + "\n" + err);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("] 100% simulated 24:00"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aShellExerciseWithNothingDoneFailsAfterWatching() {
        assertEquals(1, run("check", "01", "--wait", "1"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("✘ no SUBSCRIBE from your session yet"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownExercisesAndBrokersGetOneLine() {
        assertEquals(1, run("check", "99"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mqttlab check: no exercise '99'"));
    }
}
