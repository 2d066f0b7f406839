package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import mqttlab.exercises.progress.LessonSteps;
import mqttlab.exercises.progress.ProgressStore;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain `hint` follows what the student is on: every exercise text says "`hint` for a hint". */
class HintFallbackTest {

    @TempDir Path home;

    /** The shell on piped input, with its progress (lessons and exercises) in a folder of its own. */
    private String run(String script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = LabShell.dumb(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        LessonSteps progress = new LessonSteps(new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        LabShell.run(new ShellOptions(null, null, null, 0, "en", true), t, false, progress);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("with nothing open, `hint` says how to open a lesson or an exercise")
    void nothingOpen() throws Exception {
        String out = run("hint\nquit\n");
        assertTrue(out.contains("No lesson or exercise is open. Type `lesson N` or `exercise NN` first"), out);
    }

    @Test
    @DisplayName("after `exercise 01`, `hint` gives exercise 01's hints; after `lesson 6`, the lesson step's hint again")
    void followsTheLastOpened() throws Exception {
        String out = run("exercise 01\nhint\nlesson 6\nnext\nnext\nhint\nexercise 01\nhint\nquit\n");
        String first = out.substring(out.indexOf("lab> hint"));
        assertTrue(first.contains("without wildcards it matches exactly one"), first);
        String lesson = out.substring(out.indexOf("lab L6.3> hint"));
        assertTrue(lesson.contains("disable clean session"), lesson);
        String back = out.substring(out.lastIndexOf("> hint"));
        assertTrue(back.contains("without wildcards it matches exactly one"), back);
    }
}
