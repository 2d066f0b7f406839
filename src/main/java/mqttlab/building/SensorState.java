package mqttlab.building;

import java.util.SplittableRandom;

/** A sensor inside the model: its fixed calibration offset and its own seeded noise. */
final class SensorState {

    final String room;
    final String name;
    final int index;
    final double offset;
    private final SplittableRandom random;
    double last = Double.NaN;

    SensorState(String room, int index, SplittableRandom random, PhysicsConstants c) {
        this.room = room;
        this.index = index;
        this.name = Topics.sensorName(index);
        this.random = random;
        this.offset = unit(random) * c.sensorOffset();
    }

    double read(double roomTemperature, PhysicsConstants c) {
        last = Physics.reading(roomTemperature, offset, unit(random), c);
        return last;
    }

    static double unit(SplittableRandom random) {
        return random.nextDouble() * 2 - 1;
    }
}
