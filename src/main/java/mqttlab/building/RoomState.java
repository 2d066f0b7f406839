package mqttlab.building;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/** A room inside the model: temperature, A/C, its sensors and the last readings for a sparkline. */
final class RoomState {

    final String name;
    final double gain;
    final List<SensorState> sensors = new ArrayList<>();
    private final SplittableRandom random;
    private final int historySize;
    private final Deque<Double> recent = new ArrayDeque<>();
    double temperature;
    boolean acOn;
    int switches;

    RoomState(String name, double initialTemperature, SplittableRandom random, BuildingConfig config) {
        this.name = name;
        this.random = random;
        this.historySize = config.history();
        this.temperature = initialTemperature;
        PhysicsConstants c = config.physics();
        this.gain = c.internalGain() + SensorState.unit(random) * c.gainSpread();
    }

    void step(double outside, double seconds, PhysicsConstants c) {
        temperature = Physics.step(temperature, outside, gain, acOn, seconds, SensorState.unit(random), c);
    }

    /** Switches the A/C; returns whether that changed anything. */
    boolean setAc(boolean on) {
        if (acOn == on) return false;
        acOn = on;
        switches++;
        return true;
    }

    /** Adds a sparkline point: the average of each sensor's latest reading, once all have read. */
    void rememberLatest() {
        double sum = 0;
        for (SensorState s : sensors) {
            if (Double.isNaN(s.last)) return;
            sum += s.last;
        }
        if (recent.size() == historySize) recent.removeFirst();
        recent.addLast(Physics.round1(sum / sensors.size()));
    }

    List<Double> recent() {
        return List.copyOf(recent);
    }
}
