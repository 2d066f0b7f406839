package mqttlab.building;

/**
 * The constants of the room model (see {@link Physics}).
 *
 * @param lossRate      Newton's cooling constant, per hour: how fast a room approaches its equilibrium
 * @param internalGain  °C the equilibrium sits above outside (people, computers, sun through windows);
 *                      each room gets this ± {@code gainSpread}, drawn from the seed
 * @param gainSpread    how much rooms differ in internal gain (°C)
 * @param acPower       °C per hour an A/C unit removes while it runs
 * @param noise         bound of the room's random drift, °C per hour
 * @param sensorOffset  bound of a sensor's fixed calibration error (°C)
 * @param sensorNoise   bound of a sensor's per-reading noise (°C)
 */
public record PhysicsConstants(double lossRate, double internalGain, double gainSpread, double acPower,
                               double noise, double sensorOffset, double sensorNoise) {

    public PhysicsConstants {
        requireNonNegative("physics.loss-rate", lossRate);
        requireNonNegative("physics.gain-spread", gainSpread);
        requireNonNegative("physics.ac-power", acPower);
        requireNonNegative("physics.noise", noise);
        requireNonNegative("sensor.offset", sensorOffset);
        requireNonNegative("sensor.noise", sensorNoise);
    }

    public static PhysicsConstants defaults() {
        return new PhysicsConstants(0.5, 3.0, 1.0, 8.0, 0.4, 0.3, 0.1);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0)) throw new BuildingConfigException("building.check.negative", name, String.valueOf(value));
    }
}
