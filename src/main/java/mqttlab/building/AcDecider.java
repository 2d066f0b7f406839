package mqttlab.building;

import java.util.Optional;

/**
 * A management application's decision for one room: given the average of its sensors and the state
 * the A/C is believed to be in, switch it on ({@code true}), off ({@code false}) or leave it (empty).
 * {@link HysteresisPolicy} is the lab's; an exercise can plug a student's in instead.
 */
@FunctionalInterface
public interface AcDecider {

    Optional<Boolean> decide(double average, boolean acOn);
}
