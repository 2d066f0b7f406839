package mqttlab.exercises;

import java.util.List;

/** What graders need of the simulated building. */
public interface BuildingControl {

    /** The room numbers, e.g. "125". */
    List<String> rooms();

    /** Every topic the building publishes or listens to: sensors' temperatures, A/C set and state. */
    List<String> topics();

    /**
     * Resets the rooms to the scenario's start (every A/C off) and runs one simulated day on the fast
     * clock, publishing readings and reacting to commands as usual; returns when the day is over.
     */
    void runDay(ProgressListener progress) throws InterruptedException;
}
