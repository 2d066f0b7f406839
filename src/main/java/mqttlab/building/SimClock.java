package mqttlab.building;

import java.time.Duration;
import java.util.function.LongSupplier;
import mqttlab.text.Text;

/**
 * Turns real time into simulated time: at {@code speed 60} a real second is a simulated minute.
 * The owner calls {@link #tick()} now and then and advances the model by what it returns. Paused,
 * it returns zero. Thread-safe; the real clock is injected ({@code System::nanoTime} in the lab).
 */
public final class SimClock {

    public static final double MAX_SPEED = 100_000;

    private final LongSupplier nanoTime;
    private final long maxRealStepNanos;
    private double speed;
    private boolean paused;
    private long lastNanos;
    private double pendingNanos;
    private long elapsedMillis;

    public SimClock(LongSupplier nanoTime, double speed) {
        this(nanoTime, speed, Long.MAX_VALUE);
    }

    /**
     * A clock that counts at most {@code maxRealStepNanos} of real time between two ticks: when the machine
     * stalls the ticker (load, a GC pause) the building slows down instead of jumping ahead, so a program
     * that manages it gets the same simulated time to react as on a quiet machine.
     */
    public SimClock(LongSupplier nanoTime, double speed, long maxRealStepNanos) {
        this.nanoTime = nanoTime;
        this.maxRealStepNanos = maxRealStepNanos;
        this.speed = checkSpeed(speed);
        this.lastNanos = nanoTime.getAsLong();
    }

    /** The lab's clock: ticked every {@code tickMillis}; a late tick counts as at most four ticks. */
    public static SimClock realTime(double speed, long tickMillis) {
        return new SimClock(System::nanoTime, speed, 4 * tickMillis * 1_000_000);
    }

    /** Simulated time passed since the last tick, in whole milliseconds (the rest is carried). */
    public synchronized Duration tick() {
        long now = nanoTime.getAsLong();
        if (!paused) pendingNanos += Math.min(now - lastNanos, maxRealStepNanos) * speed;
        lastNanos = now;
        long millis = (long) (pendingNanos / 1_000_000);
        pendingNanos -= millis * 1_000_000.0;
        elapsedMillis += millis;
        return Duration.ofMillis(millis);
    }

    /** Simulated time handed out by {@link #tick()} since the start or the last reset. */
    public synchronized Duration elapsed() {
        return Duration.ofMillis(elapsedMillis);
    }

    public synchronized double speed() {
        return speed;
    }

    /** Changes the speed from now on; what ran before counts at the old speed. */
    public synchronized void speed(double newSpeed) {
        checkSpeed(newSpeed);
        settle();
        speed = newSpeed;
    }

    public synchronized void pause() {
        settle();
        paused = true;
    }

    public synchronized void resume() {
        settle();
        paused = false;
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** Back to zero elapsed; nothing pending. Speed and pause stay as they are. */
    public synchronized void reset() {
        lastNanos = nanoTime.getAsLong();
        pendingNanos = 0;
        elapsedMillis = 0;
    }

    private void settle() {
        long now = nanoTime.getAsLong();
        if (!paused) pendingNanos += Math.min(now - lastNanos, maxRealStepNanos) * speed;
        lastNanos = now;
    }

    private static double checkSpeed(double speed) {
        if (!(speed > 0 && speed <= MAX_SPEED))
            throw new IllegalArgumentException(Text.t("building.bad.speed", (long) MAX_SPEED, speed));
        return speed;
    }
}
