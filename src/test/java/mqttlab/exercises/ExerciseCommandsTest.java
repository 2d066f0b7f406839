package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCommandsTest {

    @Test
    void showEditCheckResetAndProgress(@TempDir Path home) throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.load(ProjectRoot.require());
        Workspace ws = new Workspace(home);
        ProgressStore store = new ProgressStore(home, Clock.systemUTC());
        ExerciseCommands ko = new ExerciseCommands(catalog, ws, store, new Checker(null, null));
        Text.use(Lang.KO);
        try {
            inKorean(ko, catalog, home);
        } finally {
            Text.use(Lang.EN);
        }
        List<String> table = new ExerciseCommands(catalog, ws, new ProgressStore(home, Clock.systemUTC()), null).progress();
        assertTrue(table.stream().anyMatch(l -> l.startsWith("03") && l.contains("✔") && l.contains("100/100")), table.toString());
        assertTrue(table.get(table.size() - 1).startsWith("passed: 1/11"), table.toString());
    }

    private static void inKorean(ExerciseCommands ko, ExerciseCatalog catalog, Path home) throws Exception {

        List<String> task = ko.show("3");
        assertTrue(task.get(0).startsWith("# 03 · 와일드카드 퍼즐"), task.get(0));
        Path mine = home.resolve("work/03-wildcards/answers.txt");
        assertTrue(task.stream().anyMatch(l -> l.endsWith(mine.toString())));
        assertTrue(String.join("\n", ko.hint(null)).contains("계층을 세어 보세요"));

        assertTrue(String.join("\n", ko.check("03", false, ProgressListener.NONE)).contains("점수: 0/100"));
        Files.copy(catalog.require("03").solutionFolder().resolve("answers.txt"), mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(String.join("\n", ko.check("03", false, ProgressListener.NONE)).contains("점수: 100/100"));

        ko.reset("03");
        assertEquals(Files.readString(catalog.require("03").folder().resolve("answers.txt")), Files.readString(mine));
        assertTrue(Files.exists(home.resolve("work/03-wildcards/answers.txt.bak")));
        List<String> table = ko.progress();
        assertTrue(table.get(0).contains("최고 점수"), table.get(0));
        assertTrue(table.get(table.size() - 1).startsWith("통과: 1/11"), table.toString());
    }
}
