package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds, or fails with what was seen. */
final class Until {
    private Until() { }

    static void holds(BooleanSupplier condition, Duration timeout, Supplier<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("not within " + timeout.toMillis() + " ms; saw: " + seen.get());
            Thread.sleep(20);
        }
    }
}
