package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private final AtomicLong nanos = new AtomicLong();

    private void realSeconds(double s) {
        nanos.addAndGet((long) (s * 1e9));
    }

    @Test
    void speedSixtyIsAMinuteASecond() {
        SimClock clock = new SimClock(nanos::get, 60);
        realSeconds(1);
        assertEquals(Duration.ofMinutes(1), clock.tick());
        realSeconds(0.5);
        clock.speed(1);
        realSeconds(0.5);
        assertEquals(Duration.ofMillis(30_500), clock.tick());
        assertEquals(Duration.ofMillis(90_500), clock.elapsed());
    }

    @Test
    void pausedTimeStandsStill() {
        SimClock clock = new SimClock(nanos::get, 10);
        realSeconds(1);
        clock.pause();
        realSeconds(5);
        assertEquals(Duration.ofSeconds(10), clock.tick());
        assertEquals(Duration.ZERO, clock.tick());
        clock.resume();
        realSeconds(0.1);
        assertEquals(Duration.ofSeconds(1), clock.tick());
        assertTrue(!clock.paused());
    }

    @Test
    void fractionsAreCarried() {
        SimClock clock = new SimClock(nanos::get, 1);
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            nanos.addAndGet(333_333);
            total += clock.tick().toNanos();
        }
        assertEquals(333_000_000, total);
    }

    @Test
    void resetAndLimits() {
        SimClock clock = new SimClock(nanos::get, 100);
        realSeconds(1);
        clock.tick();
        clock.reset();
        assertEquals(Duration.ZERO, clock.elapsed());
        realSeconds(1);
        assertEquals(Duration.ofSeconds(100), clock.tick());
        assertThrows(IllegalArgumentException.class, () -> clock.speed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.speed(SimClock.MAX_SPEED * 2));
    }

    @Test
    void aStalledTickerSlowsTheBuildingInsteadOfJumping() {
        SimClock clock = new SimClock(nanos::get, 4320, 200_000_000);
        realSeconds(0.05);
        assertEquals(Duration.ofMillis(216_000), clock.tick(), "an on-time tick: 50 ms at 4320x");
        realSeconds(2);
        assertEquals(Duration.ofMillis(864_000), clock.tick(), "a tick 2 s late counts 200 ms, not 2 s (144 simulated minutes)");
        realSeconds(0.05);
        assertEquals(Duration.ofMillis(216_000), clock.tick(), "and the next one is on time again");
    }
}
