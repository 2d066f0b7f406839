package mqttlab.bench;

import java.io.PrintStream;

/**
 * Shows how a run goes while it runs: on a terminal one line rewritten in place, otherwise a
 * line every few seconds (so logs of scripted runs stay short). Silent when off.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean inPlace;
    private final long everyNanos;
    private long lastPrinted;
    private int lastWidth;

    private Progress(PrintStream out, boolean inPlace, long everyNanos) {
        this.out = out;
        this.inPlace = inPlace;
        this.everyNanos = everyNanos;
    }

    /** To {@code out}, in place when {@code terminal}, else a line every 2 s. */
    public static Progress to(PrintStream out, boolean terminal) {
        return new Progress(out, terminal, terminal ? 200_000_000L : 2_000_000_000L);
    }

    public static Progress off() {
        return new Progress(null, false, Long.MAX_VALUE);
    }

    /** Offers the current state; it is shown when the last one is old enough. */
    public void update(String line) {
        if (out == null) return;
        long now = System.nanoTime();
        if (lastPrinted != 0 && now - lastPrinted < everyNanos) return;
        lastPrinted = now;
        if (inPlace) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Clears the line in place, before the results are printed. */
    public void done() {
        if (out == null || !inPlace || lastWidth == 0) return;
        out.print("\r" + " ".repeat(lastWidth) + "\r");
        out.flush();
        lastWidth = 0;
    }
}
