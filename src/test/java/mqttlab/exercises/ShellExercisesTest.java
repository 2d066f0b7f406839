package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import mqttlab.exercises.support.Folders;
import mqttlab.exercises.support.Grading;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shell-action exercises: typical wrong attempts, played from a commands file with HiveMQ clients
 * against mosquitto behind a recording proxy, fail with a message that points at the mistake.
 * (Solutions passing and starters failing: ContentCheckTest.)
 */
@org.junit.jupiter.api.Timeout(60)
class ShellExercisesTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ProjectRoot.require());

    static Report play(String id, Path folder) throws Exception {
        return Grading.grade(CATALOG.require(id), folder);
    }

    static String text(Report r) {
        return r.lines().stream().collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "exercise {0}: a typical wrong attempt fails and says {2}")
    @CsvSource(delimiter = ';', value = {
        "01; mosquitto_sub -t /125/sensor1/temperature -v -W 1; level 1: the filter says ''",
        "01; mosquitto_sub -t '#' -v -C 3; without wildcards",
        "01; mosquitto_sub -t 'building/125/+/temperature' -v -C 3; without wildcards",
        "02; mosquitto_sub -t 'building/125/#' -W 1; also matches building/125/ac/set",
        "02; mosquitto_sub -t building/125/sensor1/temperature -t building/125/sensor2/temperature -W 1; carried 2 filters",
        "04; mosquitto_pub -t building/201/ac/state -m ON -r|mosquitto_sub -t building/201/ac/state -C 1; not by the A/C unit",
        "04; mosquitto_pub -t building/201/ac/set -m on|mosquitto_sub -t building/201/ac/state -C 1; exactly 'ON'",
        "05; mosquitto_pub -t building/status -m open|mosquitto_sub -t building/status -W 1; had RETAIN 0",
        "06; mosquitto_sub -i s6 -q 1 -t building/alerts -E|mosquitto_pub -t building/alerts -m x -q 1|mosquitto_sub -i s6 -q 1 -t building/alerts -W 1; clean session 1",
        "06; mosquitto_sub -i s6 -c -q 1 -t building/alerts -E|mosquitto_pub -t building/alerts -m x|mosquitto_sub -i s6 -c -q 1 -t building/alerts -W 1; had QoS 0",
        "08; mosquitto_pub -t building/notes -m x -q 1; its flow is PUBLISH → PUBACK",
        "09; mosquitto_sub -t 'building/+/+/status' -v|mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/status --will-payload offline; sent DISCONNECT",
        "09; mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/state --will-payload offline|sleep 0.3|cut sensor9; expected 'offline' on a topic matching",
        "09; mosquitto_sub -t 'building/+/+/status' -v|mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/status --will-payload offline|sleep 0.3|cut sensor9|sleep 0.3; is not retained",
        "09; mosquitto_sub -i sensor9 -t x --will-topic building/125/sensor9/status --will-payload offline --will-retain|sleep 0.3|cut sensor9|sleep 0.3; no watcher of yours received the will",
    })
    void wrongAttemptFails(String id, String commands, String expected, @TempDir Path dir) throws Exception {
        Report r = play(id, Folders.attempt(dir, Map.of("commands.txt", commands.replace("|", "\n"),
                "answers.txt", "order = PUBLISH PUBREC PUBREL PUBCOMP\n")));
        assertFalse(r.passed(), text(r));
        assertTrue(text(r).contains(expected), text(r));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("exercise 08: a wrong order is compared with the order the tap saw")
    void qos2WrongOrder(@TempDir Path dir) throws Exception {
        Report r = play("08", Folders.attempt(dir, Map.of("commands.txt", "mosquitto_pub -t building/notes -m x -q 2\n",
                "answers.txt", "order = PUBLISH PUBREL PUBREC PUBCOMP\n")));
        assertFalse(r.passed(), text(r));
        assertTrue(text(r).contains("the broker's tap saw PUBLISH → PUBREC → PUBREL → PUBCOMP"), text(r));
    }
}
