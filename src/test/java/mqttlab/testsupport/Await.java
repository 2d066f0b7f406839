package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way a test waits for something another thread or process does: poll a condition until it
 * holds, or fail with what was seen. A fixed sleep either waits too long or, on a loaded machine, not
 * long enough; polling waits exactly as long as it takes, up to the timeout.
 */
public final class Await {
    /** How often the condition is asked again: short beside any timeout, long beside a busy loop. */
    private static final long POLL_MILLIS = 20;

    private Await() { }

    /** Waits until {@code condition} holds; fails after {@code timeout} with {@code seen}. */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> seen) {
        value(() -> condition.getAsBoolean() ? Boolean.TRUE : null, timeout, seen);
    }

    /** Waits until {@code condition} holds; fails after {@code timeout} naming {@code what}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        until(condition, timeout, () -> what);
    }

    /**
     * Waits until {@code probe} gives something other than null or {@code false}, and returns it;
     * fails after {@code timeout} with {@code seen}.
     */
    public static <T> T value(Supplier<T> probe, Duration timeout, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) return value;
            if (System.nanoTime() - deadline > 0) fail("not within " + timeout.toMillis() + " ms: " + seen.get());
            pause();
        }
    }

    /**
     * Checks that {@code condition} keeps holding for all of {@code period}: for the things a test
     * must see NOT happen (nothing delivered, still connected), where time really has to pass.
     */
    public static void stays(BooleanSupplier condition, Duration period, Supplier<String> seen) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() - end < 0) {
            if (!condition.getAsBoolean()) fail("within " + period.toMillis() + " ms: " + seen.get());
            pause();
        }
        if (!condition.getAsBoolean()) fail("after " + period.toMillis() + " ms: " + seen.get());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS); // the poll interval itself: the only sleep a wait needs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
