package mqttlab.building;

import java.util.List;

/**
 * One room, as the live view shows it.
 *
 * @param temperature   the room's true temperature (sensors read it with their own small errors)
 * @param recent        the room's average reading, sampled every {@code history.every} (a simulated minute), oldest first
 * @param sensorsOnline sensors whose MQTT connection is up (all of them in a model without MQTT)
 * @param acOnline      whether the A/C unit's MQTT connection is up
 * @param switches      how often the A/C was switched since the start or the last reset
 */
public record RoomSnapshot(String room, double temperature, List<Double> recent, boolean acOn, boolean acOnline,
                           int sensorsOnline, int sensors, int switches) {

    public RoomSnapshot {
        recent = List.copyOf(recent);
    }
}
