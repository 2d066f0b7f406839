package mqttlab.exercises.program;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import mqttlab.exercises.Checker;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.ProgressListener;
import mqttlab.exercises.ProjectRoot;
import mqttlab.exercises.Report;
import mqttlab.exercises.support.Folders;
import mqttlab.exercises.lab.EmbeddedLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Exercise 10 against the lab's own broker and building on its fast clock. */
@Timeout(90)
class JavaControllerGraderTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ProjectRoot.require());
    static final Exercise TEN = CATALOG.require("10");

    static Report grade(Path folder) throws Exception {
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); PacketHistory history = PacketHistory.record(lab)) {
            return new Checker(lab, history).check(TEN, folder, false, ProgressListener.NONE);
        }
    }

    static String text(Report r) {
        return r.lines().stream().collect(Collectors.joining("\n"));
    }

    static String starterWith(String decision) throws Exception {
        String s = Files.readString(TEN.folder().resolve("Controller.java"));
        return s.replace("// TODO: decide", decision + "\n                // decide");
    }

    @Test
    void oneThresholdSwitchesTooOften(@TempDir Path dir) throws Exception {
        String naive = starterWith("client.publishWith().topic(\"building/\" + room + \"/ac/set\")"
                + ".payload((celsius > 24 ? \"ON\" : \"OFF\").getBytes(StandardCharsets.UTF_8)).send();");
        Report r = grade(Folders.attempt(dir, Map.of("Controller.java", naive)));
        assertFalse(r.passed(), text(r));
        assertTrue(text(r).contains("use two thresholds"), text(r));
    }

    @Test
    void compileErrorsAndCrashesAreReportedNotThrown(@TempDir Path dir) throws Exception {
        Report broken = grade(Folders.attempt(dir.resolve("a"), Map.of("Controller.java", "public class Controller { int x = ; }")));
        assertFalse(broken.passed());
        assertTrue(text(broken).contains("does not compile: Controller.java:1:"), text(broken));
        String crash = Files.readString(TEN.folder().resolve("Controller.java")).replace("client.connect();",
                "client.connect();\n        if (args.length > 0) throw new IllegalStateException(\"boom\");");
        Report crashed = grade(Folders.attempt(dir.resolve("b"), Map.of("Controller.java", crash)));
        assertTrue(text(crashed).contains("crashed before subscribing: IllegalStateException: boom at Controller.java:"), text(crashed));
        // only "compiles" passes; the untouched starter, which runs the day and commands nothing, scores 2 of 5 = 40
        assertTrue(crashed.score() < 40 && crashed.criteria().stream().filter(c -> c.passed()).count() == 1,
                "a controller that throws at once scores below the untouched starter: " + text(crashed));
        assertTrue(text(crashed).contains("comfort not judged: the controller never ran the day"), text(crashed));
    }

    @Test
    void aProgramThatIgnoresInterruptsIsStopped(@TempDir Path dir) throws Exception {
        String busy = starterWith("if (room.equals(\"125\")) { while (true) { } }");
        Report r = grade(Folders.attempt(dir, Map.of("Controller.java", busy)));
        assertFalse(r.passed(), text(r));
        assertTrue(text(r).contains("so the lab ended it by force, with all its threads and connections"), text(r));
    }
}
