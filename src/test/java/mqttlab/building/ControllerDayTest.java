package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lecture's management application, run against the pure model for a simulated day. */
class ControllerDayTest {

    static ComfortReport day(long seed, boolean controller) {
        BuildingConfig config = BuildingConfig.defaults().withSeed(seed);
        return controller ? SimulatedRun.run(config, config.controller(), Duration.ofDays(1), ProgressListener.NONE)
                : SimulatedRun.uncontrolled(config, Duration.ofDays(1));
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

    @org.junit.jupiter.api.Test
    void aDecisionRuleWithoutHysteresisSwitchesFarMoreAndProgressIsReported() {
        BuildingConfig config = BuildingConfig.defaults();
        java.util.List<Duration> progress = new java.util.ArrayList<>();
        AcDecider bangBang = (average, on) -> average > 24 ? java.util.Optional.of(true) : java.util.Optional.of(false);
        ComfortReport nervous = SimulatedRun.run(config, bangBang, Duration.ofDays(1), (done, total) -> progress.add(done));
        assertTrue(nervous.allComfortable());
        assertTrue(nervous.totalSwitches() > 5 * day(42, true).totalSwitches(), nervous.totalSwitches() + " switches");
        assertEquals(100, progress.size());
        assertEquals(Duration.ofDays(1), progress.get(99));
    }
}
