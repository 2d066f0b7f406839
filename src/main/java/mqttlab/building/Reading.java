package mqttlab.building;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** One sensor reading, as it goes on the wire: {@code 24.8} on {@code building/125/sensor1/temperature}. */
public record Reading(String room, String sensor, double value, Duration at) {

    public Reading {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(at, "at");
    }

    /** The payload: the value with one decimal and a dot, whatever the locale. */
    public String payload() {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
