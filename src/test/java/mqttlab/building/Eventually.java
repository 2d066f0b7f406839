package mqttlab.building;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until something shows up, or fails with a description of what was there. */
final class Eventually {

    private Eventually() {}

    static <T> T await(Supplier<T> probe, Duration timeout, Supplier<String> otherwise) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) return value;
            if (System.nanoTime() > deadline) fail("after " + timeout.toMillis() + " ms: " + otherwise.get());
            Thread.sleep(20);
        }
    }
}
