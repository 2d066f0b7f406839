package mqttlab.building;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything that shapes a simulated building. {@link #defaults()} is the lecture's building: rooms
 * 101, 102, 125 and 201 with two sensors each; {@link BuildingConfigParser} reads the same from a file.
 *
 * @param rooms          room names, each one topic level
 * @param sensorsPerRoom sensors in every room, named {@code sensor1}, {@code sensor2}, …
 * @param publishPeriod  simulated time between two readings of a sensor
 * @param startTime      the simulated time of day the clock starts at (and returns to on reset)
 * @param initialTemperature every room's temperature at the start, °C
 * @param history        points kept per room for sparklines
 * @param historyEvery   simulated time between two points: the average of the room's latest readings
 */
public record BuildingConfig(List<String> rooms, int sensorsPerRoom, Duration publishPeriod,
                             OutsideCurve outside, PhysicsConstants physics, long seed, String topicPrefix,
                             LocalTime startTime, double initialTemperature, ComfortBand comfort,
                             HysteresisPolicy controller, int history, Duration historyEvery) {

    public BuildingConfig {
        rooms = List.copyOf(rooms);
        Objects.requireNonNull(publishPeriod, "publishPeriod");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(physics, "physics");
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(comfort, "comfort");
        Objects.requireNonNull(controller, "controller");
        if (rooms.isEmpty()) throw new IllegalArgumentException("a building needs at least one room");
        if (new HashSet<>(rooms).size() != rooms.size()) throw new IllegalArgumentException("room names repeat: " + rooms);
        for (String room : rooms) requireLevel("room", room);
        if (sensorsPerRoom < 1 || sensorsPerRoom > 20)
            throw new IllegalArgumentException("sensors per room must be 1 to 20, not " + sensorsPerRoom);
        if (publishPeriod.compareTo(Duration.ofSeconds(1)) < 0)
            throw new IllegalArgumentException("publish period must be at least 1s, not " + publishPeriod.toSeconds() + "s");
        for (String level : topicPrefix.split("/", -1)) requireLevel("topic prefix level", level);
        Objects.requireNonNull(historyEvery, "historyEvery");
        if (historyEvery.compareTo(Duration.ofSeconds(1)) < 0)
            throw new IllegalArgumentException("history interval must be at least 1s, not " + historyEvery.toSeconds() + "s");
        if (history < 2 || history > 1000) throw new IllegalArgumentException("history must be 2 to 1000, not " + history);
    }

    public static BuildingConfig defaults() {
        return new BuildingConfig(List.of("101", "102", "125", "201"), 2, Duration.ofSeconds(5),
                OutsideCurve.defaults(), PhysicsConstants.defaults(), 42L, "building",
                LocalTime.of(8, 0), 24.0, ComfortBand.defaults(), HysteresisPolicy.defaults(), 30, Duration.ofMinutes(1));
    }

    public int sensorCount() {
        return rooms.size() * sensorsPerRoom;
    }

    public Topics topics() {
        return new Topics(topicPrefix);
    }

    public BuildingConfig withSeed(long newSeed) {
        return new BuildingConfig(rooms, sensorsPerRoom, publishPeriod, outside, physics, newSeed, topicPrefix,
                startTime, initialTemperature, comfort, controller, history, historyEvery);
    }

    public BuildingConfig withTopicPrefix(String prefix) {
        return new BuildingConfig(rooms, sensorsPerRoom, publishPeriod, outside, physics, seed, prefix,
                startTime, initialTemperature, comfort, controller, history, historyEvery);
    }

    private static void requireLevel(String what, String level) {
        if (level.isEmpty()) throw new IllegalArgumentException(what + " must not be empty (a topic level)");
        if (level.contains("/") || level.contains("+") || level.contains("#") || level.contains("\0"))
            throw new IllegalArgumentException(what + " '" + level + "' must not contain '/', '+', '#' or NUL [MQTT-4.7.1-1]");
    }
}
