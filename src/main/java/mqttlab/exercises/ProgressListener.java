package mqttlab.exercises;

/** Told how far a long check (a simulated day) has come: {@code fraction} in 0..1 and a short label. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, label) -> { };

    void update(double fraction, String label);
}
