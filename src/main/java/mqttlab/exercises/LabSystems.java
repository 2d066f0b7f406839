package mqttlab.exercises;

import java.util.function.Supplier;

/**
 * Where graders get a lab from: by default a private embedded broker and building
 * ({@link mqttlab.exercises.lab.EmbeddedLab#startPrivate()}), one per {@code mqttlab check}.
 */
public final class LabSystems {
    private static volatile Supplier<LabSystem> embedded = mqttlab.exercises.lab.EmbeddedLab::startPrivate;

    private LabSystems() {
    }

    /** Binds the factory of private labs (broker + building on 127.0.0.1, port 0). */
    public static void bindEmbedded(Supplier<LabSystem> factory) {
        embedded = factory;
    }

    /** Starts a private lab: a broker and the building. */
    public static LabSystem startEmbedded() {
        return embedded.get();
    }
}
