package mqttlab.exercises;

/** A one-line text progress bar for long checks: {@code [██████░░░░]  60% simulated 14:00}. */
public final class ProgressBar {
    private ProgressBar() {
    }

    /** Draws bars {@code width} wide for a run, at most {@code steps} times (once per 1/steps of it, e.g. 100: once a percent). */
    public static ProgressListener drawn(int steps, int width, Drawer draw) {
        return new ProgressListener() {
            private int shown = -1;

            @Override
            public void update(double fraction, String label) {
                int step = (int) (fraction * steps);
                if (step == shown) return;
                shown = step;
                draw.draw(line(fraction, label, width), fraction >= 1);
            }
        };
    }

    /** Puts one bar where it belongs (in place on a terminal, a line otherwise); {@code done} for the last. */
    @FunctionalInterface
    public interface Drawer {
        void draw(String line, boolean done);
    }

    public static String line(double fraction, String label, int width) {
        double f = Math.max(0, Math.min(1, fraction));
        int full = (int) Math.round(f * width);
        return "[" + "█".repeat(full) + "░".repeat(width - full) + "] " + String.format("%3d%%", Math.round(f * 100)) + " " + label;
    }
}
