package mqttlab.building;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** The building at one moment, for the live view and status bar. */
public record BuildingSnapshot(LocalTime timeOfDay, Duration elapsed, double speed, boolean paused,
                               double outside, boolean outsideOverridden, boolean controllerOn,
                               String broker, List<RoomSnapshot> rooms) {

    public BuildingSnapshot {
        rooms = List.copyOf(rooms);
    }

    public int sensorsOnline() {
        return rooms.stream().mapToInt(RoomSnapshot::sensorsOnline).sum();
    }

    public int sensors() {
        return rooms.stream().mapToInt(RoomSnapshot::sensors).sum();
    }

    public RoomSnapshot room(String name) {
        return rooms.stream().filter(r -> r.room().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no room " + name));
    }
}
