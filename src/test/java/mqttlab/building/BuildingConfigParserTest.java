package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildingConfigParserTest {

    @Test
    void emptyFileIsTheDefaultBuilding() {
        assertEquals(BuildingConfig.defaults(), BuildingConfigParser.parse(List.of("# nothing", ""), "b.conf"));
    }

    @Test
    void theShippedExampleIsTheDefaults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        String example = BuildingConfigParser.example();
        assertEquals(BuildingConfig.defaults(), BuildingConfigParser.parse(example.lines().toList(), "building.conf"));
        assertEquals(BuildingConfig.defaults(), BuildingConfigParser.loadOrDefault(home));
        java.nio.file.Files.writeString(home.resolve("building.conf"), example.replace("seed = 42", "seed = 5"));
        assertEquals(5, BuildingConfigParser.loadOrDefault(home).seed());
    }

    @Test
    void readsEveryKind() {
        BuildingConfig c = BuildingConfigParser.parse(List.of(
                "rooms = 301, 302 303", "sensors = 3", "period = 2m", "seed = 9", "topic.prefix = lab/house",
                "outside.min = 10", "outside.max = 20.5", "outside.peak = 14:30", "physics.ac-power = 5",
                "controller.on-above = 25", "controller.off-below = 23.5", "start=00:00"), "b.conf");
        assertEquals(List.of("301", "302", "303"), c.rooms());
        assertEquals(9, c.sensorCount());
        assertEquals(Duration.ofMinutes(2), c.publishPeriod());
        assertEquals(9, c.seed());
        assertEquals("lab/house/302/sensor3/temperature", c.topics().temperature("302", "sensor3"));
        assertEquals(new OutsideCurve(10, 20.5, LocalTime.of(14, 30)), c.outside());
        assertEquals(5, c.physics().acPower());
        assertEquals(new HysteresisPolicy(25, 23.5), c.controller());
        assertEquals(LocalTime.MIDNIGHT, c.startTime());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("b.conf:2: unknown key 'romos' (keys: " + BuildingConfigParser.KEYS_HELP + ")",
                assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("", "romos = 1"), "b.conf")).getMessage());
        assertEquals("b.conf:1: sensors must be a whole number, not 'two'",
                assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("sensors = two"), "b.conf")).getMessage());
        assertEquals("b.conf:1: expected key = value, got 'rooms'",
                assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("rooms"), "b.conf")).getMessage());
        assertEquals("b.conf: outside min 30.0 is above max 20.0",
                assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("outside.min = 30", "outside.max=20"), "b.conf")).getMessage());
        assertTrue(assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("rooms = 1+2"), "b.conf"))
                .getMessage().contains("[MQTT-4.7.1-1]"));
    }

    @Test
    @DisplayName("issue 11: with --lang ko the same errors are Korean, file, line and spec id kept")
    void errorsInKorean() {
        mqttlab.text.Text.use(mqttlab.text.Lang.KO);
        try {
            assertEquals("b.conf:1: sensors 값은 정수여야 합니다. 받은 값: 'two'",
                    assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("sensors = two"), "b.conf")).getMessage());
            assertEquals("b.conf:1: `키 = 값` 형식이어야 합니다. 받은 줄: 'rooms'",
                    assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("rooms"), "b.conf")).getMessage());
            assertEquals("b.conf: 바깥 기온의 최솟값 30.0이 최댓값 20.0보다 큽니다",
                    assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("outside.min = 30", "outside.max=20"), "b.conf")).getMessage());
            assertEquals("b.conf: 방 이름 '1+2'에 '/', '+', '#', NUL 문자를 쓸 수 없습니다 [MQTT-4.7.1-1]",
                    assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("rooms = 1+2"), "b.conf")).getMessage());
            assertEquals("b.conf: 쾌적 범위의 최솟값 27.5는 최댓값 22.0보다 작아야 합니다",
                    assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of("comfort.min = 27.5", "comfort.max = 22"), "b.conf")).getMessage());
            for (String line : List.of("romos = 1", "period = soon", "start = noon", "history = 1", "physics.noise = -1")) {
                String said = assertThrows(BuildingConfigException.class, () -> BuildingConfigParser.parse(List.of(line), "b.conf")).getMessage();
                assertEquals(List.of(), mqttlab.testsupport.EnglishRuns.in(said.replace(BuildingConfigParser.KEYS_HELP, "")), line + " → " + said);
            }
        } finally {
            mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        }
    }
}
