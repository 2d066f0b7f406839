package mqttlab.shell.ui;

import java.util.List;

/** A row of ▁▂▃▄▅▆▇█ blocks, one per value, scaled to the largest: a rate's recent history in one line. */
public final class Sparkline {
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() { }

    public static String of(List<Double> values) {
        double max = 0;
        for (double v : values) max = Math.max(max, v);
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            int i = max <= 0 ? 0 : (int) Math.round(v / max * (BARS.length - 1));
            sb.append(BARS[Math.max(0, Math.min(BARS.length - 1, i))]);
        }
        return sb.toString();
    }
}
