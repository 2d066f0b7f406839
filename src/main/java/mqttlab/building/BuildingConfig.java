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
        if (rooms.isEmpty()) throw new BuildingConfigException("building.check.no.rooms");
        if (new HashSet<>(rooms).size() != rooms.size()) throw new BuildingConfigException("building.check.rooms.repeat", String.join(", ", rooms));
        for (String room : rooms) requireLevel("building.check.room.", room);
        if (sensorsPerRoom < 1 || sensorsPerRoom > 20)
            throw new BuildingConfigException("building.check.sensors", sensorsPerRoom);
        if (publishPeriod.compareTo(Duration.ofSeconds(1)) < 0)
            throw new BuildingConfigException("building.check.period", publishPeriod.toSeconds());
        for (String level : topicPrefix.split("/", -1)) requireLevel("building.check.prefix.", level);
        Objects.requireNonNull(historyEvery, "historyEvery");
        if (historyEvery.compareTo(Duration.ofSeconds(1)) < 0)
            throw new BuildingConfigException("building.check.history.every", historyEvery.toSeconds());
        if (history < 2 || history > 1000) throw new BuildingConfigException("building.check.history", history);
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

    /** {@code what} names the level: {@code building.check.room.} or {@code building.check.prefix.}. */
    private static void requireLevel(String what, String level) {
        if (level.isEmpty()) throw new BuildingConfigException(what + "empty");
        if (level.contains("/") || level.contains("+") || level.contains("#") || level.contains("\0"))
            throw new BuildingConfigException(what + "chars", mqttlab.text.OutsideText.line(level));
    }
}
