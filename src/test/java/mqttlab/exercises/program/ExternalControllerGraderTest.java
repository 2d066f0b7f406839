package mqttlab.exercises.program;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mqttlab.exercises.Checker;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.ProgressListener;
import mqttlab.exercises.ProjectRoot;
import mqttlab.exercises.Report;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Exercise 11: the Paho Python program runs with Debian's python3-paho-mqtt, graded from outside. */
@Timeout(90)
class ExternalControllerGraderTest {
    static final Exercise ELEVEN = ExerciseCatalog.load(ProjectRoot.require()).require("11");

    static Report runWith(Path folder, boolean external) throws Exception {
        Path python = Peers.pythonWithPaho();
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); PacketHistory history = PacketHistory.record(lab)) {
            Process p = new ProcessBuilder(python.toString(), folder.resolve("controller.py").toString(), lab.host(), Integer.toString(lab.port()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                return new Checker(lab, history).check(ELEVEN, folder, external, ProgressListener.NONE);
            } finally {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    static String text(Report r) {
        return r.lines().stream().collect(Collectors.joining("\n"));
    }

    @Test
    void withoutExternalItSaysHowToRunIt() throws Exception {
        Report r = runWith(ELEVEN.solutionFolder(), false);
        assertFalse(r.passed());
        assertTrue(text(r).contains("check 11 --external"), text(r));
    }
}
