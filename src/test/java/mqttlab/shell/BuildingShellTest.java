package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The building in the shell: started with the lab, its readings on the broker, `building` and its actions. */
class BuildingShellTest {
    private static final ShellOptions WITH_BUILDING = new ShellOptions(null, null, null, 0, "en", false);

    @Test
    @DisplayName("the banner counts the building; readings arrive; the view and every action answer; unplug fires the will")
    void buildingInTheShell() throws Exception {
        ShellDriver.Run r = ShellDriver.run(WITH_BUILDING, String.join("\n",
                "building speed 10",
                "sub -t building/125/sensor1/temperature -v",
                "sub -t building/125/sensor2/status -v",
                "sleep 1",
                "building",
                "building set 125 31",
                "building outside 35",
                "building outside curve",
                "building controller on",
                "building controller off",
                "building unplug 125 sensor2",
                "sleep 0.5",
                "building plug 125 2",
                "sleep 0.5",
                "building pause",
                "building resume",
                "building reset",
                "building bogus",
                "building speed fast",
                "building set 999 20",
                "quit", ""));
        String out = r.output();
        assertEquals(0, r.exit(), out);
        assertTrue(out.contains("· building: 4 rooms, 8 sensors, 4 A/C units"), out);
        assertTrue(out.matches("(?s).*building/125/sensor1/temperature \\d+\\.\\d.*"), out);
        assertTrue(out.matches("(?s).*\\n125 +\\d+\\.\\d °C .*(ON|OFF) +\\d/2.*"), out);
        assertTrue(out.contains("sensor-125-2 unplugged"), out);
        assertTrue(out.contains("building/125/sensor2/status offline"), out);
        assertTrue(out.contains("building/125/sensor2/status online"), out);
        assertTrue(out.contains("management application is on"), out);
        assertTrue(out.contains("building: 'bogus'?"), out);
        assertTrue(out.contains("'fast' is not a number"), out);
        assertTrue(out.contains("no room 999"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    @DisplayName("--no-building: no building in the banner, and `building` says why")
    void noBuilding() throws Exception {
        ShellDriver.Run r = ShellDriver.run(new ShellOptions(null, null, null, 0, "en", true), "building\nquit\n");
        assertFalse(r.output().contains("· building:"), r.output());
        assertTrue(r.output().contains("the lab was started with --no-building"), r.output());
    }
}
