package mqttlab.building;

import java.time.Duration;

/**
 * A run of the pure model with a management application in the loop and no network: every
 * reading goes straight to the {@link ControllerLogic}, every decision straight to the A/C. As fast
 * as the machine allows and deterministic for a seed: what graders use to judge a decision rule.
 */
public final class SimulatedRun {

    private SimulatedRun() {}

    /** Runs {@code simulated} time of the building from its start with {@code decider} controlling every room. */
    public static ComfortReport run(BuildingConfig config, AcDecider decider, Duration simulated, ProgressListener progress) {
        BuildingModel model = new BuildingModel(config);
        ControllerLogic logic = new ControllerLogic(decider);
        ComfortMeter meter = new ComfortMeter(config.comfort());
        meter.start(model);
        model.runFor(simulated, (m, readings) -> {
            for (Reading r : readings)
                logic.onReading(r.room(), r.sensor(), r.value()).ifPresent(d -> m.setAc(d.room(), d.on()));
            meter.afterStep(m, readings);
        }, progress);
        return meter.report();
    }

    /** The same run with nobody switching any A/C: how the building fares on its own. */
    public static ComfortReport uncontrolled(BuildingConfig config, Duration simulated) {
        return run(config, (average, acOn) -> java.util.Optional.empty(), simulated, ProgressListener.NONE);
    }
}
