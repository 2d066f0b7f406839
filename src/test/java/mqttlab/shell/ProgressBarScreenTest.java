package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.ProjectRoot;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TmuxScreen;
import mqttlab.text.Columns;
import mqttlab.text.Text;
import org.junit.jupiter.api.Test;

/**
 * `check 11 --external` at 80 columns in Korean: the bar first waits for the student's program with a label
 * wider than what is left of the row. Redrawn in place with \r, a bar that wrapped would leave its first row
 * on the screen each time; the bar must stay on one row, and the report after it reads cleanly.
 */
class ProgressBarScreenTest {

    @Test
    void aLongKoreanLabelKeepsTheBarOnOneRow() throws Exception {
        Path python = Peers.pythonWithPaho();
        Path solution = ExerciseCatalog.load(ProjectRoot.require()).require("11").solutionFolder().resolve("controller.py");
        String waiting = Text.in("ko", "grade.11.waiting");
        try (TmuxScreen t = TmuxScreen.start("ko", 80, 40, "tmux-256color")) {
            t.waitForPrompt("lab>");
            t.line("check 11 --external");
            // the program is not running yet: the bar shows the waiting label, cut to the row
            String before = t.waitFor(s -> s.contains(waiting.substring(0, 4)), "the waiting bar");
            Process p = new ProcessBuilder(python.toString(), solution.toString(), "127.0.0.1", Integer.toString(t.port()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                // the score itself is the grader's business (ExternalControllerGraderTest): a loaded machine slows the
                // program's answers; the day runs on the building's fast clock, so wait for it in two steps
                t.waitFor(s -> s.contains("] 100%"), "the end of the simulated day");
                String score = Text.in("ko", "check.report.score", "");
                String done = TmuxScreen.after(t.waitFor(s -> TmuxScreen.after(s, "> check 11").contains(score.substring(0, score.indexOf(':')))
                        && TmuxScreen.lastLine(s).equals("lab>"), "the report"), "> check 11");
                for (String line : t.screen().split("\n")) assertTrue(Columns.of(line) <= 80, "wider than 80 columns: " + line);
                long bars = done.lines().filter(l -> l.contains("░") || l.contains("█")).count();
                assertEquals(1, bars, "one bar row, not one per redraw of a wrapped bar:\n" + done);
                assertFalse(done.lines().anyMatch(l -> l.contains(waiting.substring(0, 4)) && l.indexOf('[') != l.lastIndexOf('[')),
                        "no bar drawn over the rest of an earlier one:\n" + done + "\nwhile waiting:\n" + before);
            } finally {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
