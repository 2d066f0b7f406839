package mqttlab.exercises;

/** A one-line text progress bar for long checks: {@code [██████░░░░]  60% simulated 14:00}. */
public final class ProgressBar {
    private ProgressBar() {
    }

    public static String line(double fraction, String label, int width) {
        double f = Math.max(0, Math.min(1, fraction));
        int full = (int) Math.round(f * width);
        return "[" + "█".repeat(full) + "░".repeat(width - full) + "] " + String.format("%3d%%", Math.round(f * 100)) + " " + label;
    }
}
