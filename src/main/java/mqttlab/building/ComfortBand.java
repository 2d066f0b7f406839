package mqttlab.building;

/** The temperatures a room should stay within, inclusive, in °C (22–26 by default). */
public record ComfortBand(double min, double max) {

    public ComfortBand {
        if (!(min < max)) throw new BuildingConfigException("building.check.comfort", String.valueOf(min), String.valueOf(max));
    }

    public static ComfortBand defaults() {
        return new ComfortBand(22.0, 26.0);
    }

    public boolean contains(double t) {
        return t >= min && t <= max;
    }

    /** How far outside the band a temperature is; 0 inside it. */
    public double deviation(double t) {
        if (t < min) return min - t;
        if (t > max) return t - max;
        return 0;
    }
}
