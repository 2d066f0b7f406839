package mqttlab.building;

import java.time.Duration;
import java.util.List;

/**
 * A graded run on the live building: the clock runs fast to a target simulated time and stops
 * there exactly, while a {@link ComfortMeter} watches every step. One run at a time.
 */
final class BuildingRun implements StepObserver {

    private static final long PROGRESS_MILLIS = 100;

    private final Object oneAtATime = new Object();
    private volatile ComfortMeter meter;
    private volatile Duration stopAt;

    /** How much of {@code delta} the model may advance: all of it, unless a run's end is nearer. */
    Duration clamp(Duration delta, Duration elapsed) {
        Duration end = stopAt;
        if (end == null) return delta;
        Duration left = end.minus(elapsed);
        if (left.isNegative()) return Duration.ZERO;
        return delta.compareTo(left) < 0 ? delta : left;
    }

    @Override
    public void afterStep(BuildingModel model, List<Reading> readings) {
        ComfortMeter m = meter;
        if (m != null) m.afterStep(model, readings);
    }

    ComfortReport runFor(Building building, Duration simulated, double speed, ProgressListener progress)
            throws InterruptedException {
        synchronized (oneAtATime) {
            SimClock clock = building.clock();
            double oldSpeed = clock.speed();
            boolean wasPaused = clock.paused();
            ComfortMeter m = new ComfortMeter(building.config().comfort());
            Duration start;
            Duration target;
            synchronized (building) {
                m.start(building.model());
                start = building.model().elapsed();
                target = start.plus(simulated);
                meter = m;
                stopAt = target;
            }
            try {
                clock.speed(speed);
                clock.resume();
                while (true) {
                    Duration now;
                    synchronized (building) {
                        now = building.model().elapsed();
                    }
                    if (now.compareTo(target) >= 0 || now.compareTo(start) < 0) break; // done, or reset meanwhile
                    progress.progress(now.minus(start), simulated);
                    Thread.sleep(PROGRESS_MILLIS);
                }
            } finally {
                synchronized (building) {
                    meter = null;
                    stopAt = null;
                }
                clock.speed(oldSpeed);
                if (wasPaused) clock.pause(); else clock.resume();
            }
            progress.progress(simulated, simulated);
            return m.report();
        }
    }
}
