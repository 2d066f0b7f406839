package mqttlab.exercises.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mqttlab.building.Building;
import mqttlab.building.BuildingConfig;
import mqttlab.building.Topics;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.ProgressListener;

/**
 * The real building as graders drive it: a day is the building reset to its start (every A/C off)
 * and 1440 simulated minutes on the fast clock, every reading and A/C change crossing the broker.
 */
final class DayRunner implements BuildingControl {
    static final Duration DAY = Duration.ofMinutes(1440);
    /** Simulated seconds per real second: a day in about 20 s. */
    static final double SPEED = 4320;

    private final Building building;
    private final BuildingConfig config;

    DayRunner(Building building, BuildingConfig config) {
        this.building = building;
        this.config = config;
    }

    @Override
    public List<String> rooms() { return config.rooms(); }

    @Override
    public List<String> topics() {
        return topics(config);
    }

    /** Every topic the building of {@code config} publishes or listens on; known before it starts. */
    static List<String> topics(BuildingConfig config) {
        Topics t = config.topics();
        List<String> out = new ArrayList<>();
        for (String room : config.rooms()) {
            for (int i = 1; i <= config.sensorsPerRoom(); i++) out.add(t.temperature(room, "sensor" + i));
            out.add(t.acSet(room));
            out.add(t.acState(room));
        }
        return out;
    }

    @Override
    public void runDay(ProgressListener progress) throws InterruptedException {
        boolean controller = building.controllerOn();
        if (controller) building.controller(false);   // the student's program manages the building today
        building.reset();
        try {
            building.runFor(DAY, SPEED, (done, total) -> progress.update(done.toSeconds() / (double) total.toSeconds(),
                    mqttlab.text.Text.t("grade.day.simulated", hours(done))));
        } finally {
            if (controller) building.controller(true);
        }
    }

    private static String hours(Duration d) {
        return String.format(Locale.ROOT, "%02d:%02d", d.toHours(), d.toMinutesPart());
    }
}
