package mqttlab.exercises.program;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.LabSystem;
import mqttlab.protocol.packet.Publish;

/**
 * Judges a controller by what crossed the broker during a simulated day: the sensors' readings
 * (comfort per room) and the A/C units' reported states (switches per unit), plus the commands the
 * student's clients sent.
 */
final class DayJudge {
    private final double low;
    private final double high;
    private final double share;
    private final int maxSwitches;

    DayJudge(Exercise e) {
        low = e.number("comfort.low", 22);
        high = e.number("comfort.high", 26);
        share = e.number("comfort.share", 0.95);
        maxSwitches = (int) e.number("switches.max", 40);
    }

    List<Criterion> judge(List<TapEvent> day, LabSystem lab) {
        Map<String, int[]> comfort = new TreeMap<>();      // room -> {in range, readings}
        Map<String, Double> hottest = new HashMap<>();
        Map<String, Double> coldest = new HashMap<>();
        Map<String, String> lastState = new HashMap<>();
        Map<String, Integer> switches = new TreeMap<>();
        int commands = 0;
        for (TapEvent e : day) {
            if (e.direction() != Direction.IN || !(e.packet() instanceof Publish p)) continue;
            String[] l = p.topic().split("/", -1);
            if (l.length < 3 || !l[0].equals("building")) continue;
            String room = l[1];
            boolean student = e.clientId() != null && !lab.isInternalClient(e.clientId());
            if (l.length == 4 && l[3].equals("temperature") && !student) {
                double t;
                try {
                    t = Double.parseDouble(p.payloadAsString().trim());
                } catch (NumberFormatException bad) {
                    continue;
                }
                int[] c = comfort.computeIfAbsent(room, k -> new int[2]);
                c[1]++;
                if (t >= low && t <= high) c[0]++;
                hottest.merge(room, t, Math::max);
                coldest.merge(room, t, Math::min);
            } else if (l.length == 4 && l[2].equals("ac") && l[3].equals("state") && !student) {
                String s = p.payloadAsString();
                String before = lastState.put(room, s);
                if (before != null && !before.equals(s)) switches.merge(room, 1, Integer::sum);
                switches.putIfAbsent(room, 0);
            } else if (l.length == 4 && l[2].equals("ac") && l[3].equals("set") && student) {
                commands++;
            }
        }
        List<Criterion> out = new ArrayList<>();
        out.add(Criterion.of(commands > 0, t("grade.day.commands", commands), t("grade.day.no.commands")));
        if (comfort.isEmpty()) {
            out.add(Criterion.fail(t("grade.day.no.readings")));
            return out;
        }
        String worst = null;
        double worstShare = 2;
        for (var c : comfort.entrySet()) {
            double s = c.getValue()[0] / (double) c.getValue()[1];
            if (s < worstShare) {
                worstShare = s;
                worst = c.getKey();
            }
        }
        String range = fmt(low) + "–" + fmt(high) + " °C";
        out.add(Criterion.of(worstShare >= share,
                t("grade.day.comfort", range, pct(share), worst, pct(worstShare)),
                t("grade.day.uncomfortable", worst, range, pct(worstShare), fmt(coldest.get(worst)), fmt(hottest.get(worst)), pct(share))));
        String busiest = switches.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        int most = busiest == null ? 0 : switches.get(busiest);
        boolean ok = most <= maxSwitches && (most > 0 || worstShare >= share);
        out.add(Criterion.of(ok, t("grade.day.switching", most, maxSwitches),
                most == 0 ? t("grade.day.never.switched") : t("grade.day.too.many", busiest, most, maxSwitches)));
        return out;
    }

    /**
     * The day's criteria, failed, for a controller that never ran the day (crashed, ended or did not
     * subscribe): so that it scores below a starter that runs the day and does nothing.
     */
    static List<Criterion> notRun() {
        return List.of(Criterion.fail(t("grade.day.not.run.commands")), Criterion.fail(t("grade.day.not.run.comfort")),
                Criterion.fail(t("grade.day.not.run.switching")));
    }

    private static String pct(double s) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", s * 100);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
