package mqttlab.building;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import mqttlab.text.Text;

/**
 * The simulated building without any networking: rooms, A/C units and sensors stepped one simulated
 * second at a time. Everything random comes from the configured seed, so the same seed and the same
 * A/C commands at the same simulated times give the same readings. Not thread-safe: one owner.
 */
public final class BuildingModel {

    public static final Duration STEP = Duration.ofSeconds(1);

    private final BuildingConfig config;
    private final Map<String, RoomState> rooms = new LinkedHashMap<>();
    private long elapsedSeconds;
    private long carryMillis;
    private Double outsideOverride;

    public BuildingModel(BuildingConfig config) {
        this.config = config;
        reset();
    }

    /** Back to the start: the seed's rooms and sensors, the start time, A/C off, no override. */
    public void reset() {
        rooms.clear();
        SplittableRandom master = new SplittableRandom(config.seed());
        for (String name : config.rooms()) {
            RoomState room = new RoomState(name, config.initialTemperature(), master.split(), config);
            for (int i = 1; i <= config.sensorsPerRoom(); i++)
                room.sensors.add(new SensorState(name, i, master.split(), config.physics()));
            rooms.put(name, room);
        }
        elapsedSeconds = 0;
        carryMillis = 0;
        outsideOverride = null;
    }

    /** Advances by whole steps; a fraction of a step is carried to the next call. */
    public List<Reading> advance(Duration simulated, StepObserver observer) {
        long millis = carryMillis + simulated.toMillis();
        long steps = millis / STEP.toMillis();
        carryMillis = millis % STEP.toMillis();
        List<Reading> all = new ArrayList<>();
        for (long i = 0; i < steps; i++) all.addAll(step(observer));
        return all;
    }

    /** Runs {@code simulated} time as fast as the machine allows, reporting progress about a hundred times. */
    public void runFor(Duration simulated, StepObserver observer, ProgressListener progress) {
        long steps = simulated.toSeconds();
        long every = Math.max(1, steps / 100);
        for (long i = 1; i <= steps; i++) {
            step(observer);
            if (i % every == 0 || i == steps) progress.progress(Duration.ofSeconds(i), simulated);
        }
    }

    /** One simulated second: every room moves, and the sensors read when their period comes round. */
    public List<Reading> step(StepObserver observer) {
        elapsedSeconds++;
        double outside = outside();
        for (RoomState room : rooms.values()) room.step(outside, STEP.toSeconds(), config.physics());
        List<Reading> readings = List.of();
        if (elapsedSeconds % Math.max(1, config.publishPeriod().toSeconds()) == 0) readings = readAll();
        if (elapsedSeconds % Math.max(1, config.historyEvery().toSeconds()) == 0) rooms.values().forEach(RoomState::rememberLatest);
        observer.afterStep(this, readings);
        return readings;
    }

    private List<Reading> readAll() {
        List<Reading> readings = new ArrayList<>();
        Duration at = elapsed();
        for (RoomState room : rooms.values()) {
            for (SensorState sensor : room.sensors)
                readings.add(new Reading(room.name, sensor.name, sensor.read(room.temperature, config.physics()), at));
        }
        return readings;
    }

    public BuildingConfig config() { return config; }

    public List<String> rooms() { return List.copyOf(rooms.keySet()); }

    public Duration elapsed() { return Duration.ofSeconds(elapsedSeconds); }

    public LocalTime timeOfDay() { return config.startTime().plusSeconds(elapsedSeconds); }

    /** The outside temperature now: the override when one is set, else the daily curve. */
    public double outside() {
        return outsideOverride != null ? outsideOverride : config.outside().at(timeOfDay());
    }

    public boolean outsideOverridden() { return outsideOverride != null; }

    /** Holds the outside temperature at {@code celsius}; {@code null} returns to the daily curve. */
    public void outside(Double celsius) { outsideOverride = celsius; }

    public double temperature(String room) { return room(room).temperature; }

    /** Puts a room at a temperature at once, to provoke a case. */
    public void set(String room, double celsius) { room(room).temperature = celsius; }

    public boolean acOn(String room) { return room(room).acOn; }

    /** Switches a room's A/C; returns whether its state changed. */
    public boolean setAc(String room, boolean on) { return room(room).setAc(on); }

    public int switches(String room) { return room(room).switches; }

    public List<String> sensors(String room) {
        return room(room).sensors.stream().map(s -> s.name).toList();
    }

    /** A sensor's fixed calibration error, °C. */
    public double sensorOffset(String room, String sensor) {
        return room(room).sensors.stream().filter(s -> s.name.equals(sensor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Text.t("building.no.sensor", sensor, room))).offset;
    }

    public boolean hasRoom(String room) { return rooms.containsKey(room); }

    /** Every room as it is now; the MQTT side says which clients are online. */
    public List<RoomSnapshot> snapshot(ToIntFunction<String> sensorsOnline, Predicate<String> acOnline) {
        return rooms.values().stream().map(r -> new RoomSnapshot(r.name, r.temperature, r.recent(), r.acOn, acOnline.test(r.name),
                sensorsOnline.applyAsInt(r.name), r.sensors.size(), r.switches)).toList();
    }

    private RoomState room(String room) {
        RoomState state = rooms.get(room);
        if (state == null)
            throw new IllegalArgumentException(Text.t("building.no.room", room, String.join(", ", rooms.keySet())));
        return state;
    }
}
