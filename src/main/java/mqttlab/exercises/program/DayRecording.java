package mqttlab.exercises.program;

import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.ProgressListener;
import mqttlab.protocol.packet.Publish;

/**
 * Plays a simulated day and keeps every PUBLISH that came into the broker meanwhile (a day's
 * readings can outnumber what the packet history keeps, so the day is recorded on its own).
 */
final class DayRecording {
    private DayRecording() {
    }

    static List<TapEvent> play(LabSystem lab, BuildingControl building, ProgressListener progress) throws Exception {
        List<TapEvent> day = new ArrayList<>();
        try (AutoCloseable listening = lab.onPacket(e -> {
            if (e.direction() == Direction.IN && e.packet() instanceof Publish) {
                synchronized (day) {
                    day.add(e);
                }
            }
        })) {
            building.runDay(progress);
        }
        synchronized (day) {
            return new ArrayList<>(day);
        }
    }
}
