package mqttlab.building;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The management application's brain, without MQTT: it keeps each sensor's latest reading,
 * averages a room's sensors and asks its {@link AcDecider} (the {@link HysteresisPolicy}) what to do. It remembers what it
 * last commanded (and what the units report) so one crossing gives one command, not one per reading.
 * Not thread-safe: the caller serialises calls.
 */
public final class ControllerLogic {

    /** A command the controller decided to send, with the average that triggered it. */
    public record Decision(String room, boolean on, double average) {
        public String payload() { return on ? "ON" : "OFF"; }
    }

    private final AcDecider policy;
    private final Map<String, Map<String, Double>> latest = new LinkedHashMap<>();
    private final Map<String, Boolean> acOn = new HashMap<>();

    public ControllerLogic(AcDecider policy) {
        this.policy = policy;
    }

    /** A reading arrived; returns the command to send, if the room's average calls for one. */
    public Optional<Decision> onReading(String room, String sensor, double value) {
        Map<String, Double> sensors = latest.computeIfAbsent(room, r -> new LinkedHashMap<>());
        sensors.put(sensor, value);
        double average = sensors.values().stream().mapToDouble(Double::doubleValue).average().orElse(value);
        boolean on = acOn.getOrDefault(room, false);
        Optional<Boolean> command = policy.decide(average, on);
        command.ifPresent(c -> acOn.put(room, c));
        return command.map(c -> new Decision(room, c, average));
    }

    /** A unit reported its state (e.g. the retained {@code ac/state}); later decisions start from it. */
    public void onAcState(String room, boolean on) {
        acOn.put(room, on);
    }

    /** The average of a room's latest readings, if any arrived. */
    public Optional<Double> average(String room) {
        Map<String, Double> sensors = latest.get(room);
        if (sensors == null || sensors.isEmpty()) return Optional.empty();
        return Optional.of(sensors.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
}
