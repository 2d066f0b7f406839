package mqttlab.building;

/**
 * The room model, pure. A room relaxes toward its equilibrium by Newton's law of cooling:
 * {@code dT/dt = k·(outside + gain − T) − P·ac + noise}, where {@code gain} is what people,
 * computers and sun add on top of the outside temperature and {@code P} the A/C's cooling power.
 * A step uses the exact solution of that equation, so any step size is stable.
 */
public final class Physics {

    private Physics() {}

    /**
     * The room temperature after {@code seconds} of simulated time.
     *
     * @param noiseUnit a random number in [−1, 1] (the caller's seeded generator), scaled by the
     *                  bounded noise rate
     */
    public static double step(double temperature, double outside, double gain, boolean acOn,
                              double seconds, double noiseUnit, PhysicsConstants c) {
        double hours = seconds / 3600.0;
        double cooling = acOn ? c.acPower() : 0.0;
        double next;
        if (c.lossRate() == 0) {
            next = temperature - cooling * hours;
        } else {
            double equilibrium = outside + gain - cooling / c.lossRate();
            next = equilibrium + (temperature - equilibrium) * Math.exp(-c.lossRate() * hours);
        }
        return next + clampUnit(noiseUnit) * c.noise() * hours;
    }

    /** A sensor's reading of a room: the room plus its fixed offset and bounded noise, to one decimal. */
    public static double reading(double room, double offset, double noiseUnit, PhysicsConstants c) {
        return round1(room + offset + clampUnit(noiseUnit) * c.sensorNoise());
    }

    /** Rounds to one decimal, halves away from zero, so 24.25 reads 24.3. */
    public static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    private static double clampUnit(double u) {
        return Math.max(-1.0, Math.min(1.0, u));
    }
}
