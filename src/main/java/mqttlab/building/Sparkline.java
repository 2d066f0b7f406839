package mqttlab.building;

import java.util.List;

/** A row of block characters ▁▂▃▄▅▆▇█ drawing the last values of a series, one character each. */
public final class Sparkline {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {}

    /**
     * The last {@code width} values, scaled between their own minimum and maximum (but over at
     * least {@code minSpan}, so sensor noise stays small), padded with blanks on the right while history is short.
     */
    public static String of(List<Double> values, int width, double minSpan) {
        List<Double> shown = values.subList(Math.max(0, values.size() - width), values.size());
        StringBuilder line = new StringBuilder();
        String padding = " ".repeat(width - shown.size());
        if (shown.isEmpty()) return padding;
        double min = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double span = max - min;
        if (span < minSpan) {
            min -= (minSpan - span) / 2;
            span = minSpan;
        }
        for (double v : shown) {
            int level = span <= 0 ? BARS.length / 2 : (int) Math.round((v - min) / span * (BARS.length - 1));
            line.append(BARS[Math.max(0, Math.min(BARS.length - 1, level))]);
        }
        return line + padding;
    }
}
