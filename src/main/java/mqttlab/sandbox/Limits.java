package mqttlab.sandbox;

import java.time.Duration;

/**
 * What a student's program may use in its own JVM: heap, live threads, wall-clock time, and how long
 * it gets to wind down once asked to stop before it is killed.
 */
public record Limits(int heapMegabytes, int threads, Duration time, Duration grace) {
    public Limits {
        if (heapMegabytes < 16) throw new IllegalArgumentException("heap below 16 MB: " + heapMegabytes);
        if (threads < 8) throw new IllegalArgumentException("fewer than 8 threads: " + threads);
    }

    /** 256 MB, 200 threads, 10 minutes, 5 s to wind down. */
    public static Limits defaults() {
        return new Limits(256, 200, Duration.ofMinutes(10), Duration.ofSeconds(5));
    }

    public Limits withTime(Duration t) {
        return new Limits(heapMegabytes, threads, t, grace);
    }

    public Limits withGrace(Duration g) {
        return new Limits(heapMegabytes, threads, time, g);
    }
}
