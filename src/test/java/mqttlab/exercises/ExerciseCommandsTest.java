package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mqttlab.exercises.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCommandsTest {

    @Test
    void showEditCheckResetAndProgress(@TempDir Path home) throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.load(ProjectRoot.require());
        Workspace ws = new Workspace(home);
        ProgressStore store = new ProgressStore(home, Clock.systemUTC());
        ExerciseCommands ko = new ExerciseCommands(catalog, ws, store, new Checker(null, null), "ko");

        List<String> task = ko.show("3");
        assertTrue(task.get(0).startsWith("# 03 · 와일드카드 퍼즐"), task.get(0));
        Path mine = home.resolve("work/03-wildcards/answers.txt");
        assertTrue(task.stream().anyMatch(l -> l.endsWith(mine.toString())));
        assertTrue(String.join("\n", ko.hint(null)).contains("단계를 세어 보세요"));

        assertTrue(String.join("\n", ko.check("03", false, ProgressListener.NONE)).contains("Score: 0/100"));
        Files.copy(catalog.require("03").solutionFolder().resolve("answers.txt"), mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(String.join("\n", ko.check("03", false, ProgressListener.NONE)).contains("Score: 100/100"));

        ko.reset("03");
        assertEquals(Files.readString(catalog.require("03").folder().resolve("answers.txt")), Files.readString(mine));
        assertTrue(Files.exists(home.resolve("work/03-wildcards/answers.txt.bak")));

        List<String> table = new ExerciseCommands(catalog, ws, new ProgressStore(home, Clock.systemUTC()), null, "en").progress();
        assertTrue(table.stream().anyMatch(l -> l.startsWith("03") && l.contains("✔") && l.contains("100/100")), table.toString());
        assertTrue(table.get(table.size() - 1).startsWith("passed: 1/11"), table.toString());
    }
}
