package mqttlab.broker.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The broker's one time source: the wall clock (log stamps, $SYS uptime, when a session went
 * offline), a monotonic reading for intervals (message expiry, keep alive, backpressure), and the
 * timers of every time-based rule (will delay, session expiry, $SYS, autosave). The broker runs on
 * {@link #real}; a test passes a clock it moves by hand, so it advances time instead of sleeping.
 * Timers run on the executor they were scheduled on: the broker's event loop.
 */
public abstract class BrokerClock extends Clock {
    /** A scheduled task; cancelling one that has run or was cancelled does nothing. */
    public interface Timer {
        void cancel();
    }

    /** Nanoseconds from an arbitrary origin, for intervals only (as {@link System#nanoTime}). */
    public abstract long nanos();

    /** Runs {@code task} on {@code loop} once {@code delay} has passed on this clock. */
    public abstract Timer schedule(ScheduledExecutorService loop, Runnable task, Duration delay);

    /** Runs {@code task} on {@code loop} every {@code period} on this clock, the first time one period from now. */
    public abstract Timer every(ScheduledExecutorService loop, Runnable task, Duration period);

    /** {@code clock} if it is a broker clock already, else real time beside {@code clock}'s wall time. */
    public static BrokerClock of(Clock clock) {
        return clock instanceof BrokerClock b ? b : real(clock);
    }

    /** Real time: {@code wall} for dates, {@link System#nanoTime} for intervals, the loop's own timers. */
    public static BrokerClock real(Clock wall) {
        return new Real(Objects.requireNonNull(wall, "wall"));
    }

    private static final class Real extends BrokerClock {
        private final Clock wall;

        Real(Clock wall) { this.wall = wall; }

        @Override public long nanos() { return System.nanoTime(); }

        @Override public Timer schedule(ScheduledExecutorService loop, Runnable task, Duration delay) {
            return timer(loop.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS));
        }

        @Override public Timer every(ScheduledExecutorService loop, Runnable task, Duration period) {
            long p = period.toNanos();
            return timer(loop.scheduleAtFixedRate(task, p, p, TimeUnit.NANOSECONDS));
        }

        private static Timer timer(ScheduledFuture<?> f) { return () -> f.cancel(false); }

        @Override public Instant instant() { return wall.instant(); }
        @Override public long millis() { return wall.millis(); }
        @Override public ZoneId getZone() { return wall.getZone(); }
        @Override public Clock withZone(ZoneId zone) { return new Real(wall.withZone(zone)); }
    }
}
