package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.exercises.support.Folders;
import mqttlab.exercises.support.Grading;
import mqttlab.text.Lang;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every grader speaks Korean with --lang ko: its criteria, the score line and the advice, with no
 * English sentence left and no particle left in its two-form notation; spec ids stay as they are.
 */
@org.junit.jupiter.api.Timeout(90)
class GradersInKoreanTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ProjectRoot.require());

    @BeforeEach
    void korean() { Text.use(Lang.KO); }

    @AfterEach
    void english() { Text.use(Lang.EN); }

    static String text(Report r) {
        return r.lines().stream().collect(Collectors.joining("\n"));
    }

    static void assertKorean(String text, String expected) {
        assertTrue(text.contains(expected), text);
        assertTrue(text.contains("점수: "), text);
        List<String> english = EnglishRuns.in(text);
        assertTrue(english.isEmpty(), "English left:\n" + String.join("\n", english) + "\n---\n" + text);
        for (String marker : List.of("을(를)", "은(는)", "이(가)", "과(와)", "(으)로")) assertFalse(text.contains(marker), marker + " left in:\n" + text);
        assertFalse(text.contains("[grade.") || text.contains("[check."), text);
    }

    @ParameterizedTest(name = "exercise {0} in Korean says {2}")
    @CsvSource(delimiter = ';', value = {
        "01; mosquitto_sub -t /125/sensor1/temperature -v -W 1; 1번째 계층: 필터는 ''",
        "02; mosquitto_sub -t 'building/125/#' -W 1; building/125/ac/set 토픽",
        "02; mosquitto_sub -t building/125/sensor1/temperature -t building/125/sensor2/temperature -W 1; 필터가 2개",
        "04; mosquitto_pub -t building/201/ac/state -m ON -r|mosquitto_sub -t building/201/ac/state -C 1; 에어컨이 아니라",
        "04; mosquitto_pub -t building/201/ac/set -m on|mosquitto_sub -t building/201/ac/state -C 1; 정확히 'ON'만",
        "05; mosquitto_pub -t building/status -m open|mosquitto_sub -t building/status -W 1; RETAIN 0이었습니다",
        "06; mosquitto_sub -i s6 -q 1 -t building/alerts -E|mosquitto_pub -t building/alerts -m x -q 1|mosquitto_sub -i s6 -q 1 -t building/alerts -W 1; clean session 1로",
        "06; mosquitto_sub -i s6 -c -q 1 -t building/alerts -E|mosquitto_pub -t building/alerts -m x|mosquitto_sub -i s6 -c -q 1 -t building/alerts -W 1; QoS 0이었습니다",
        "08; mosquitto_pub -t building/notes -m x -q 1; QoS가 1입니다",
        "09; mosquitto_sub -t 'building/+/+/status' -v|mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/status --will-payload offline; [MQTT-3.1.2-10]",
        "09; mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/state --will-payload offline|sleep 0.3|cut sensor9; 필요한 것",
    })
    void shellGradersSpeakKorean(String id, String commands, String expected, @TempDir Path dir) throws Exception {
        Report r = Grading.grade(CATALOG.require(id), Folders.attempt(dir, Map.of("commands.txt", commands.replace("|", "\n"),
                "answers.txt", "order = PUBLISH PUBREC PUBREL PUBCOMP\n")));
        assertFalse(r.passed(), text(r));
        assertKorean(text(r), expected);
        assertTrue(text(r).contains("아직 통과하지 못했습니다"), text(r));
    }

    @Test
    @DisplayName("the quizzes explain each wrong answer in Korean, spec ids kept: [MQTT-4.7.1-3]")
    void quizzesSpeakKorean(@TempDir Path dir) throws Exception {
        Exercise wild = CATALOG.require("03");
        String answers = Files.readString(wild.solutionFolder().resolve("answers.txt"))
                .replaceFirst("(?m)^(a\\+/c/d\\s+a/b/c/d\\s+)invalid$", "$1yes")
                .replaceFirst("(?m)^(\\+/\\+/\\+\\s+a/b/c/d\\s+)no$", "$1yes");
        Report r = new Checker(null, null).check(wild, Folders.attempt(dir.resolve("03"), Map.of("answers.txt", answers)), false,
                ProgressListener.NONE);
        assertKorean(text(r), "답은 yes(매칭), 정답은 invalid(잘못된 필터)");
        assertTrue(text(r).contains("[MQTT-4.7.1-3]"), text(r));

        Exercise header = CATALOG.require("07");
        String mine = Files.readString(header.folder().resolve("answers.txt"));
        Report h = new Checker(null, null).check(header, Folders.attempt(dir.resolve("07"), Map.of("answers.txt", mine)), false,
                ProgressListener.NONE);
        assertKorean(text(h), "아직 답이 없습니다");
    }

    @Test
    @DisplayName("the program graders speak Korean: a controller that ends its own JVM, a program not started")
    void programGradersSpeakKorean(@TempDir Path dir) throws Exception {
        Exercise java = CATALOG.require("10");
        Path folder = Folders.attempt(dir.resolve("10"), Map.of(java.starters().get(0),
                "public class Controller { public static void main(String[] a) { System.exit(0); } }"));
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); PacketHistory history = PacketHistory.record(lab)) {
            assertKorean(text(new Checker(lab, history).check(java, folder, false, ProgressListener.NONE)), "자기 자바 VM을 끝냈습니다: System.exit(0)");
            Exercise ext = CATALOG.require("11");
            assertKorean(text(new Checker(lab, history).check(ext, dir, false, ProgressListener.NONE)), "--external`을 입력하세요");
        }
    }
}
