package mqttlab.building;

import java.util.Optional;

/**
 * The management application's decision, as a pure function: switch the A/C on when a room's
 * average reading rises above {@code onAbove}, off when it falls below {@code offBelow}, and
 * otherwise leave it alone. The gap between the two thresholds (hysteresis) keeps the unit from
 * switching on every small wobble of the readings.
 */
public record HysteresisPolicy(double onAbove, double offBelow) implements AcDecider {

    public HysteresisPolicy {
        if (!(offBelow < onAbove))
            throw new BuildingConfigException("building.check.controller", String.valueOf(offBelow), String.valueOf(onAbove));
    }

    public static HysteresisPolicy defaults() {
        return new HysteresisPolicy(25.5, 23.0);
    }

    /**
     * What to command, if anything.
     *
     * @param average the room's average reading
     * @param acOn    the state the controller believes the unit is in
     * @return {@code true} for ON, {@code false} for OFF, empty to send nothing
     */
    @Override
    public Optional<Boolean> decide(double average, boolean acOn) {
        if (!acOn && average > onAbove) return Optional.of(true);
        if (acOn && average < offBelow) return Optional.of(false);
        return Optional.empty();
    }
}
