package mqttlab.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mqttlab.broker.time.BrokerClock;

/**
 * A broker clock that moves only when a test says so: {@code Broker.start(config, clock)}, then
 * {@link #advance} instead of sleeping. Each timer that falls due runs on the loop it was scheduled
 * on (the broker's event loop, so it never races the connection's own handlers), in the order it
 * falls due, with the clock reading its due time; {@code advance} returns once all have run.
 */
public final class ManualClock extends BrokerClock {
    private final Instant origin;
    private volatile long nanos;
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparingLong((Due d) -> d.at).thenComparingLong(d -> d.seq));
    private long seq;

    private final class Due implements Timer {
        final ScheduledExecutorService loop;
        final Runnable task;
        final long period;
        final long seq = ++ManualClock.this.seq;
        long at;
        volatile boolean cancelled;

        Due(ScheduledExecutorService loop, Runnable task, long at, long period) {
            this.loop = loop;
            this.task = task;
            this.at = at;
            this.period = period;
        }

        @Override public void cancel() { cancelled = true; }
    }

    /** Starts at a fixed date, so that what a test sees does not depend on when it runs. */
    public ManualClock() { this(Instant.parse("2026-12-03T12:00:00Z")); }

    public ManualClock(Instant origin) { this.origin = origin; }

    /** Moves time on by {@code by}, running every timer due by then on its loop, and waits for them. */
    public void advance(Duration by) {
        long target = nanos + by.toNanos();
        while (true) {
            Due next;
            synchronized (this) {
                next = due.peek();
                if (next == null || next.at > target) break;
                due.poll();
                nanos = Math.max(nanos, next.at);
            }
            runOnItsLoop(next);
            if (next.period > 0 && !next.cancelled) {
                synchronized (this) {
                    next.at += next.period;
                    due.add(next);
                }
            }
        }
        nanos = target;
    }

    private static void runOnItsLoop(Due d) {
        if (d.loop.isShutdown()) return; // a stopped broker's timer: a test may restart the broker on the same clock
        try {
            d.loop.submit(() -> {
                if (!d.cancelled) d.task.run(); // read on the loop, where the broker cancels its timers
            }).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a broker timer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the broker's loop did not run a timer in 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override public long nanos() { return nanos; }

    @Override public synchronized Timer schedule(ScheduledExecutorService loop, Runnable task, Duration delay) {
        Due d = new Due(loop, task, nanos + Math.max(0, delay.toNanos()), 0);
        due.add(d);
        return d;
    }

    @Override public synchronized Timer every(ScheduledExecutorService loop, Runnable task, Duration period) {
        Due d = new Due(loop, task, nanos + period.toNanos(), period.toNanos());
        due.add(d);
        return d;
    }

    @Override public Instant instant() { return origin.plusNanos(nanos); }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    /** This clock's time in another zone (the broker's log stamps read only the zone). */
    @Override public Clock withZone(ZoneId zone) {
        ManualClock self = this;
        return new Clock() {
            @Override public Instant instant() { return self.instant(); }
            @Override public ZoneId getZone() { return zone; }
            @Override public Clock withZone(ZoneId z) { return self.withZone(z); }
        };
    }
}
