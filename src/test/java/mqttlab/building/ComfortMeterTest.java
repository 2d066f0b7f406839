package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComfortMeterTest {

    @Test
    void countsMinutesOutsideDeviationAndSwitches() {
        BuildingModel model = new BuildingModel(BuildingConfig.defaults());
        ComfortMeter meter = new ComfortMeter(model.config().comfort());
        meter.start(model);
        model.outside(20.0);
        model.set("125", 30);
        model.setAc("125", true);
        model.runFor(Duration.ofMinutes(10), meter, ProgressListener.NONE);
        ComfortReport report = meter.report();
        assertEquals(Duration.ofMinutes(10), report.simulated());
        ComfortReport.Room room = report.room("125");
        assertEquals(10.0, room.minutesOutside(), 1e-9);
        assertTrue(room.maxDeviation() > 3.5 && room.maxDeviation() <= 4.0, "deviation " + room.maxDeviation());
        assertEquals(1, room.switches());
        assertTrue(report.room("101").comfortable());
        assertFalse(report.allComfortable());
        assertEquals(4, report.lines().size());
        assertTrue(report.lines().get(2).startsWith("125"), report.lines().get(2));
    }
}
