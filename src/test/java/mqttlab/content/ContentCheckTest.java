package mqttlab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.Graders;
import mqttlab.exercises.ProjectRoot;
import mqttlab.exercises.Report;
import mqttlab.exercises.support.Grading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rustlings' `dev check` for MQTT Lab: every exercise folder is registered and complete, solutions
 * mirror the exercises file for file, every solution passes its grader and every untouched
 * starter fails it.
 */
@Timeout(120)
class ContentCheckTest {
    static final Path ROOT = ProjectRoot.require();
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ROOT);

    static Stream<String> ids() {
        return CATALOG.all().stream().map(Exercise::id);
    }

    @Test
    void everyFolderIsRegisteredInCourseOrder() throws Exception {
        Set<String> folders;
        try (Stream<Path> s = Files.list(ROOT.resolve("exercises"))) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(folders, CATALOG.all().stream().map(Exercise::slug).collect(Collectors.toCollection(TreeSet::new)));
        List<String> ids = CATALOG.all().stream().map(Exercise::id).toList();
        for (int i = 0; i < ids.size(); i++) assertEquals(String.format("%02d", i + 1), ids.get(i));
        assertTrue(ids.size() >= 11, "the issue asks for at least 11 exercises");
        for (Exercise e : CATALOG.all()) {
            assertTrue(e.slug().startsWith(e.id() + "-"), e.slug());
            Graders.of(e);
            assertFalse(e.titleEn().isBlank() || e.titleKo().isBlank(), e.id() + " needs titles in both languages");
            String en = Files.readString(e.taskFile("en"));
            String ko = Files.readString(e.taskFile("ko"));
            assertTrue(en.startsWith("# " + e.id()), e.id() + ": task.md starts with its title");
            assertTrue(ko.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), e.id() + ": task.ko.md is in Korean");
            String hints = Files.readString(e.hintsFile());
            assertTrue(hints.contains("## en") && hints.contains("## ko"), e.id() + ": hints in both languages");
            assertFalse(e.starters().isEmpty(), e.id() + " names its starter");
            for (String f : e.starters()) assertTrue(Files.isRegularFile(e.folder().resolve(f)), e.id() + ": starter " + f);
        }
    }

    @Test
    void solutionsMirrorExercisesFileForFile() throws Exception {
        Set<String> solutionFolders;
        try (Stream<Path> s = Files.list(ROOT.resolve("solutions"))) {
            solutionFolders = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(CATALOG.all().stream().map(Exercise::slug).collect(Collectors.toCollection(TreeSet::new)), solutionFolders);
        for (Exercise e : CATALOG.all()) {
            Set<String> files;
            try (Stream<Path> s = Files.list(e.solutionFolder())) {
                files = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            }
            assertEquals(new TreeSet<>(e.starters()), files, e.id() + ": solutions/" + e.slug() + " holds exactly the starter files, solved");
        }
    }

    @ParameterizedTest(name = "exercise {0}: the solution passes, the untouched starter fails")
    @MethodSource("ids")
    void solutionPassesStarterFails(String id) throws Exception {
        solutionPassesStarterFails(id, false);
    }

    /** Issue 15: exercises 01–09 graded on Debian's mosquitto through the relay (`--broker`), as on the lab's broker. */
    @ParameterizedTest(name = "exercise {0} through the relay in front of mosquitto: the solution passes, the starter fails")
    @ValueSource(strings = {"01", "02", "03", "04", "05", "06", "07", "08", "09"})
    void throughTheRelay(String id) throws Exception {
        solutionPassesStarterFails(id, true);
    }

    private static void solutionPassesStarterFails(String id, boolean relayed) throws Exception {
        Exercise e = CATALOG.require(id);
        Report solved = Grading.grade(e, e.solutionFolder(), relayed);
        assertTrue(solved.passed(), Grading.text(solved));
        Report starter = Grading.grade(e, e.folder(), relayed);
        assertFalse(starter.passed(), Grading.text(starter));
        assertTrue(starter.score() < 100 && starter.criteria().stream().anyMatch(c -> !c.passed()));
    }
}
