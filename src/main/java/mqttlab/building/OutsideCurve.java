package mqttlab.building;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The outside temperature over a day: a cosine between {@code min} and {@code max} that peaks at
 * {@code peak} (mid-afternoon by default) and bottoms out twelve hours earlier, just before dawn.
 */
public record OutsideCurve(double min, double max, LocalTime peak) {

    public OutsideCurve {
        Objects.requireNonNull(peak, "peak");
        if (!(min <= max)) throw new BuildingConfigException("building.check.outside", String.valueOf(min), String.valueOf(max));
    }

    public static OutsideCurve defaults() {
        return new OutsideCurve(21.0, 32.0, LocalTime.of(15, 0));
    }

    /** The outside temperature at a time of day. */
    public double at(LocalTime time) {
        double seconds = Duration.between(peak, time).getSeconds();
        double phase = 2 * Math.PI * seconds / 86_400.0;
        double mid = (min + max) / 2;
        double amplitude = (max - min) / 2;
        return mid + amplitude * Math.cos(phase);
    }
}
