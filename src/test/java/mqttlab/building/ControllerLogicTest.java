package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControllerLogicTest {

    private final HysteresisPolicy policy = HysteresisPolicy.defaults();

    @Test
    void hysteresis() {
        assertEquals(Optional.of(true), policy.decide(25.6, false));
        assertEquals(Optional.empty(), policy.decide(25.5, false));
        assertEquals(Optional.empty(), policy.decide(25.6, true));
        assertEquals(Optional.empty(), policy.decide(24.0, true));
        assertEquals(Optional.of(false), policy.decide(22.9, true));
        assertEquals(Optional.empty(), policy.decide(22.9, false));
        assertThrows(IllegalArgumentException.class, () -> new HysteresisPolicy(23, 25));
    }

    @Test
    void averagesTheRoomsSensorsAndCommandsOncePerCrossing() {
        ControllerLogic logic = new ControllerLogic(policy);
        assertTrue(logic.onReading("125", "sensor1", 26.0).isPresent() == true);
        // one sensor alone was above: ON already decided, the next readings don't repeat it
        assertTrue(logic.onReading("125", "sensor2", 26.2).isEmpty());
        assertEquals(26.1, logic.average("125").orElseThrow(), 1e-9);
        ControllerLogic fresh = new ControllerLogic(policy);
        assertTrue(fresh.onReading("101", "sensor1", 26.0).isPresent());
        assertTrue(fresh.onReading("102", "sensor1", 24.0).isEmpty());
        fresh.onReading("102", "sensor2", 27.0).ifPresentOrElse(d -> {
            assertEquals("102", d.room());
            assertEquals("ON", d.payload());
            assertEquals(25.5, d.average(), 1e-9);
        }, () -> {});
    }

    @Test
    void followsTheReportedState() {
        ControllerLogic logic = new ControllerLogic(policy);
        logic.onAcState("125", true);
        var decision = logic.onReading("125", "sensor1", 22.5).orElseThrow();
        assertFalse(decision.on());
        assertEquals("OFF", decision.payload());
        assertTrue(logic.onReading("125", "sensor1", 22.0).isEmpty());
    }
}
