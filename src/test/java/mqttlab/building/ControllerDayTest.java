package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lecture's management application, run against the pure model for a simulated day. */
class ControllerDayTest {

    static ComfortReport day(long seed, boolean controller) {
        BuildingConfig config = BuildingConfig.defaults().withSeed(seed);
        BuildingModel model = new BuildingModel(config);
        ControllerLogic logic = new ControllerLogic(config.controller());
        ComfortMeter meter = new ComfortMeter(config.comfort());
        meter.start(model);
        model.runFor(Duration.ofDays(1), (m, readings) -> {
            if (controller) {
                for (Reading r : readings)
                    logic.onReading(r.room(), r.sensor(), r.value()).ifPresent(d -> m.setAc(d.room(), d.on()));
            }
            meter.afterStep(m, readings);
        }, ProgressListener.NONE);
        return meter.report();
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2, 3, 2024})
    void withTheControllerEveryRoomStaysComfortableAllDay(long seed) {
        ComfortReport report = day(seed, true);
        assertEquals(Duration.ofDays(1), report.simulated());
        assertTrue(report.allComfortable(), String.join("\n", report.lines()));
        for (ComfortReport.Room room : report.rooms()) {
            assertTrue(room.switches() >= 2, "the controller works in " + room.room());
            assertTrue(room.switches() <= 40, "few switches in " + room.room() + ": " + room.switches());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 2024})
    void withoutItTheAfternoonIsTooHot(long seed) {
        ComfortReport report = day(seed, false);
        assertFalse(report.allComfortable());
        assertEquals(0, report.totalSwitches());
        assertTrue(report.rooms().stream().allMatch(r -> r.maxTemperature() > 30), String.join("\n", report.lines()));
    }
}
