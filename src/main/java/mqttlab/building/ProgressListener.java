package mqttlab.building;

import java.time.Duration;

/** Progress of a long simulated run: how much simulated time is done out of the total. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {};

    void progress(Duration done, Duration total);
}
