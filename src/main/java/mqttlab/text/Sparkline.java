package mqttlab.text;

import java.util.List;

/** A row of block characters ▁▂▃▄▅▆▇█, one per value: a series' recent history in one line. */
public final class Sparkline {
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() { }

    /** Every value, scaled from zero to the largest (rates: an idle second is the lowest bar). */
    public static String of(List<Double> values) {
        double max = 0;
        for (double v : values) max = Math.max(max, v);
        StringBuilder sb = new StringBuilder();
        for (double v : values) sb.append(bar(max <= 0 ? 0 : v / max));
        return sb.toString();
    }

    /**
     * The last {@code width} values, scaled between their own minimum and maximum (but over at
     * least {@code minSpan}, so sensor noise stays small), padded with blanks on the right while history is short.
     */
    public static String of(List<Double> values, int width, double minSpan) {
        List<Double> shown = values.subList(Math.max(0, values.size() - width), values.size());
        String padding = " ".repeat(width - shown.size());
        if (shown.isEmpty()) return padding;
        double min = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double span = max - min;
        if (span < minSpan) {
            min -= (minSpan - span) / 2;
            span = minSpan;
        }
        StringBuilder line = new StringBuilder();
        for (double v : shown) line.append(span <= 0 ? BARS[BARS.length / 2] : bar((v - min) / span));
        return line + padding;
    }

    /** The block for a level from 0 (lowest) to 1 (highest), rounded to the nearest of eight. */
    private static char bar(double level) {
        int i = (int) Math.round(level * (BARS.length - 1));
        return BARS[Math.max(0, Math.min(BARS.length - 1, i))];
    }
}
