package mqttlab.building;

import java.util.List;

/** Called after every simulated step with the readings that step produced (often none). */
@FunctionalInterface
public interface StepObserver {

    StepObserver NONE = (model, readings) -> {};

    void afterStep(BuildingModel model, List<Reading> readings);
}
