package mqttlab.building;

import java.util.Objects;
import java.util.Optional;

/** The building's topic names, all under one prefix ({@code building} by default). */
public record Topics(String prefix) {

    public Topics {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** {@code building/125/sensor1/temperature} */
    public String temperature(String room, String sensor) {
        return prefix + "/" + room + "/" + sensor + "/temperature";
    }

    /** {@code building/125/sensor1/status}: {@code online}, or the will's {@code offline} (retained). */
    public String status(String room, String sensor) {
        return prefix + "/" + room + "/" + sensor + "/status";
    }

    /** {@code building/125/ac/set}: commands {@code ON} / {@code OFF}. */
    public String acSet(String room) {
        return prefix + "/" + room + "/ac/set";
    }

    /** {@code building/125/ac/state}: the unit's state, retained. */
    public String acState(String room) {
        return prefix + "/" + room + "/ac/state";
    }

    /** {@code building/+/+/temperature}: every sensor's readings, as the management application subscribes. */
    public String allTemperatures() {
        return prefix + "/+/+/temperature";
    }

    /** {@code building/+/ac/state} */
    public String allAcStates() {
        return prefix + "/+/ac/state";
    }

    /** The room and sensor of a temperature topic, when it is one of ours. */
    public Optional<String[]> parseTemperature(String topic) {
        String[] rest = strip(topic);
        if (rest == null || rest.length != 3 || !rest[2].equals("temperature")) return Optional.empty();
        return Optional.of(new String[] {rest[0], rest[1]});
    }

    /** The room of an A/C state topic, when it is one of ours. */
    public Optional<String> parseAcState(String topic) {
        String[] rest = strip(topic);
        if (rest == null || rest.length != 3 || !rest[1].equals("ac") || !rest[2].equals("state")) return Optional.empty();
        return Optional.of(rest[0]);
    }

    private String[] strip(String topic) {
        if (!topic.startsWith(prefix + "/")) return null;
        return topic.substring(prefix.length() + 1).split("/", -1);
    }

    /** The sensor name of the i-th sensor (1-based): {@code sensor1}. */
    public static String sensorName(int index) {
        return "sensor" + index;
    }
}
