package mqttlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Test
    void percentilesWithinTwoPercentOfExact() {
        Random r = new Random(42);
        long[] values = new long[100_000];
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.exp(r.nextDouble() * 20); // 1 ns .. 0.5 s, log-uniform
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
            long exact = values[(int) Math.ceil(q * values.length) - 1];
            long got = h.percentile(q);
            assertTrue(Math.abs(got - exact) <= Math.max(1, exact * 0.02), q + ": " + got + " vs " + exact);
        }
        assertEquals(values[values.length - 1], h.max());
        assertEquals(values.length, h.count());
    }

    @Test
    void bucketsAreContiguous() {
        for (long v = 0; v < 1_000_000; v++) {
            int i = LatencyHistogram.index(v);
            assertTrue(LatencyHistogram.index(v + 1) - i <= 1);
        }
        assertEquals(0, new LatencyHistogram().percentile(0.99));
    }
}
