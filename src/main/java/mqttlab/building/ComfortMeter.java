package mqttlab.building;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches a run step by step (a {@link StepObserver}) and tallies, per room, the time spent outside
 * the comfort band, the largest deviation and the A/C switches, then hands out a {@link ComfortReport}.
 */
public final class ComfortMeter implements StepObserver {

    private static final class Tally {
        long secondsOutside;
        double maxDeviation;
        int switchesAtStart = -1;
        int switches;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
    }

    private final ComfortBand band;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private long steps;

    public ComfortMeter(ComfortBand band) {
        this.band = band;
    }

    @Override
    public void afterStep(BuildingModel model, List<Reading> readings) {
        steps++;
        for (String room : model.rooms()) {
            Tally t = tallies.computeIfAbsent(room, r -> new Tally());
            double temperature = model.temperature(room);
            double deviation = band.deviation(temperature);
            if (deviation > 0) t.secondsOutside += BuildingModel.STEP.toSeconds();
            t.maxDeviation = Math.max(t.maxDeviation, deviation);
            t.min = Math.min(t.min, temperature);
            t.max = Math.max(t.max, temperature);
            int switches = model.switches(room);
            if (t.switchesAtStart < 0) t.switchesAtStart = switches;
            t.switches = Math.max(t.switches, switches - t.switchesAtStart);
        }
    }

    /** Counts switches made before the first step (e.g. a command between two steps) from this count. */
    public void start(BuildingModel model) {
        for (String room : model.rooms()) tallies.computeIfAbsent(room, r -> new Tally()).switchesAtStart = model.switches(room);
    }

    public ComfortReport report() {
        List<ComfortReport.Room> rooms = new ArrayList<>();
        tallies.forEach((room, t) -> rooms.add(new ComfortReport.Room(room, t.secondsOutside / 60.0,
                Physics.round1(t.maxDeviation), t.switches, Physics.round1(t.min), Physics.round1(t.max))));
        return new ComfortReport(band, BuildingModel.STEP.multipliedBy(steps), rooms);
    }
}
