package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildingModelTest {

    private static List<Reading> readingsOf(BuildingModel model, Duration run) {
        List<Reading> all = new ArrayList<>();
        model.runFor(run, (m, readings) -> all.addAll(readings), ProgressListener.NONE);
        return all;
    }

    @Test
    @DisplayName("same seed, same readings; another seed, other readings")
    void sameSeedSameReadings() {
        BuildingConfig config = BuildingConfig.defaults();
        List<Reading> a = readingsOf(new BuildingModel(config), Duration.ofHours(2));
        List<Reading> b = readingsOf(new BuildingModel(config), Duration.ofHours(2));
        List<Reading> c = readingsOf(new BuildingModel(config.withSeed(7)), Duration.ofHours(2));
        assertEquals(2 * 3600 / 5 * 8, a.size());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    @DisplayName("reset replays the same readings")
    void resetReplays() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        List<Reading> first = readingsOf(model, Duration.ofMinutes(30));
        model.set("125", 30);
        model.setAc("101", true);
        model.reset();
        assertEquals(first, readingsOf(model, Duration.ofMinutes(30)));
        assertEquals(0, model.switches("101"));
    }

    @Test
    @DisplayName("every sensor publishes every period, one decimal, close to its room")
    void readingsFollowTheRoom() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        List<Reading> readings = model.advance(Duration.ofSeconds(5), StepObserver.NONE);
        assertEquals(8, readings.size());
        assertEquals(List.of("sensor1", "sensor2"), readings.stream().filter(r -> r.room().equals("125")).map(Reading::sensor).toList());
        PhysicsConstants c = model.config().physics();
        for (Reading r : readings) {
            assertEquals(r.value(), Physics.round1(r.value()), 1e-9);
            assertTrue(r.payload().matches("-?\\d+\\.\\d"), r.payload());
            double error = Math.abs(r.value() - model.temperature(r.room()));
            assertTrue(error <= c.sensorOffset() + c.sensorNoise() + 0.05, "error " + error);
        }
        assertTrue(model.advance(Duration.ofSeconds(4), StepObserver.NONE).isEmpty());
        assertEquals(8, model.advance(Duration.ofMillis(1500), StepObserver.NONE).size());
    }

    @Test
    @DisplayName("a room drifts toward the outside temperature plus its internal gain")
    void drift() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        model.outside(30.0);
        model.runFor(Duration.ofHours(24), StepObserver.NONE, ProgressListener.NONE);
        PhysicsConstants c = model.config().physics();
        for (String room : model.rooms()) {
            double t = model.temperature(room);
            assertTrue(t > 30 + c.internalGain() - c.gainSpread() - 0.5 && t < 30 + c.internalGain() + c.gainSpread() + 0.5,
                    room + " at " + t);
        }
    }

    @Test
    @DisplayName("a running A/C cools its room")
    void acCools() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        model.outside(30.0);
        model.set("125", 30);
        model.set("101", 30);
        assertTrue(model.setAc("125", true));
        assertFalse(model.setAc("125", true));
        model.runFor(Duration.ofHours(1), StepObserver.NONE, ProgressListener.NONE);
        assertTrue(model.temperature("125") < 26, "125 at " + model.temperature("125"));
        assertTrue(model.temperature("101") > 30, "101 at " + model.temperature("101"));
        assertEquals(1, model.switches("125"));
    }

    @Test
    void outsideFollowsTheDailyCurve() {
        OutsideCurve curve = OutsideCurve.defaults();
        assertEquals(32.0, curve.at(java.time.LocalTime.of(15, 0)), 1e-9);
        assertEquals(21.0, curve.at(java.time.LocalTime.of(3, 0)), 1e-9);
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        assertEquals(java.time.LocalTime.of(8, 0), model.timeOfDay());
        model.advance(Duration.ofHours(7), StepObserver.NONE);
        assertEquals(java.time.LocalTime.of(15, 0), model.timeOfDay());
        assertEquals(32.0, model.outside(), 1e-9);
    }

    @Test
    @DisplayName("a sparkline point every simulated minute, the last 30 kept")
    void history() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        model.advance(Duration.ofMinutes(10), StepObserver.NONE);
        RoomSnapshot room = model.snapshot(r -> 2, r -> true).get(2);
        assertEquals("125", room.room());
        assertEquals(10, room.recent().size());
        model.advance(Duration.ofHours(1), StepObserver.NONE);
        assertEquals(30, model.snapshot(r -> 2, r -> true).get(2).recent().size());
    }

    @Test
    void unknownRoomIsNamed() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        var e = assertThrows(IllegalArgumentException.class, () -> model.set("999", 20));
        assertEquals("no room 999 in this building (rooms: 101, 102, 125, 201)", e.getMessage());
    }
}
