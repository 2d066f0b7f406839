package mqttlab.bench;

/**
 * A log-linear histogram of nanosecond latencies, in the manner of HdrHistogram: exact below 128 ns,
 * then 64 buckets per power of two, so any percentile is within 1.6 % of the true value. Fixed
 * size (3,712 counters) whatever the run's length; recording is a few instructions. One thread.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    private final long[] counts = new long[index(Long.MAX_VALUE) + 1];
    private long total;
    private long max;

    public void record(long nanos) {
        long v = Math.max(0, nanos);
        counts[index(v)]++;
        total++;
        if (v > max) max = v;
    }

    public long count() { return total; }

    public long max() { return max; }

    /** The value at quantile {@code q} (0..1), e.g. 0.99; 0 when nothing was recorded. */
    public long percentile(double q) {
        if (total == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) return Math.min(max, middle(i));
        }
        return max;
    }

    static int index(long v) {
        if (v < 2 * SUB) return (int) v;
        int e = 63 - Long.numberOfLeadingZeros(v);
        int shift = e - SUB_BITS;
        return (int) (shift * SUB + (v >>> shift));
    }

    /** The middle of bucket {@code i}'s range. */
    static long middle(int i) {
        if (i < 2 * SUB) return i;
        int shift = i / SUB - 1;
        long low = (long) (i % SUB + SUB) << shift;
        return low + ((1L << shift) - 1) / 2;
    }
}
