package mqttlab.building;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How well a simulated run kept every room comfortable: per room the simulated minutes spent
 * outside the band, the largest distance from it and the A/C switches. What exercise graders read.
 */
public record ComfortReport(ComfortBand band, Duration simulated, List<Room> rooms) {

    public record Room(String room, double minutesOutside, double maxDeviation, int switches,
                       double minTemperature, double maxTemperature) {
        public boolean comfortable() { return minutesOutside == 0; }
    }

    public ComfortReport {
        rooms = List.copyOf(rooms);
    }

    /** Every room stayed inside the band the whole run. */
    public boolean allComfortable() {
        return rooms.stream().allMatch(Room::comfortable);
    }

    public int totalSwitches() {
        return rooms.stream().mapToInt(Room::switches).sum();
    }

    public Room room(String name) {
        return rooms.stream().filter(r -> r.room().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no room " + name + " in this report"));
    }

    /** One line per room, for people: {@code 125  0 min outside 22.0–26.0 °C, max deviation 0.0, 6 switches}. */
    public List<String> lines() {
        return rooms.stream().map(r -> String.format(Locale.ROOT,
                "%-6s %5.0f min outside %.1f–%.1f °C (range %.1f–%.1f), max deviation %.1f, %d switches",
                r.room(), r.minutesOutside(), band.min(), band.max(), r.minTemperature(), r.maxTemperature(),
                r.maxDeviation(), r.switches())).toList();
    }
}
