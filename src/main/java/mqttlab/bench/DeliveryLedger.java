package mqttlab.bench;

import java.util.BitSet;

/**
 * What every subscriber received from every publisher, by sequence number: distinct deliveries,
 * duplicates (a number seen twice), reorderings (a number below one already seen), and at the
 * end the lost ones (sent but never seen). Also the latency of each first delivery and the
 * figures the delivered rate is computed from. Event loop thread only.
 */
public final class DeliveryLedger {
    private final int publishers;
    private final BitSet[] seen;
    /** Per (subscriber, publisher): one past the highest sequence number seen. */
    private final long[] next;
    private final LatencyHistogram latency = new LatencyHistogram();
    private long delivered;
    private long duplicates;
    private long reordered;
    private long foreign;
    private long measureFromNanos = Long.MIN_VALUE;
    private long measuredDelivered;
    private long lastDeliveryNanos;

    public DeliveryLedger(int subscribers, int publishers) {
        this.publishers = publishers;
        this.seen = new BitSet[subscribers * publishers];
        this.next = new long[subscribers * publishers];
        for (int i = 0; i < seen.length; i++) seen[i] = new BitSet();
    }

    /** Deliveries at or after this time count for the rate, and messages sent at or after it for latency (the warm-up ends). */
    public void measureFrom(long nanos) { this.measureFromNanos = nanos; }

    public long measureFromNanos() { return measureFromNanos; }

    /** Records one PUBLISH a subscriber received; returns false when it was not one of this run's. */
    public boolean record(int subscriber, int publisher, long seq, long sentAt, long now) {
        if (publisher < 0 || publisher >= publishers || seq < 0 || seq > Integer.MAX_VALUE) {
            foreign++;
            return false;
        }
        int cell = subscriber * publishers + publisher;
        BitSet s = seen[cell];
        if (s.get((int) seq)) {
            duplicates++;
            return true;
        }
        s.set((int) seq);
        if (seq < next[cell]) reordered++;
        else next[cell] = seq + 1;
        delivered++;
        lastDeliveryNanos = now;
        if (now >= measureFromNanos) measuredDelivered++;
        if (sentAt >= measureFromNanos) latency.record(now - sentAt);
        return true;
    }

    /** One past the highest sequence number any subscriber has seen from this publisher, minimum over subscribers. */
    public long slowestNext(int publisher) {
        long min = Long.MAX_VALUE;
        for (int cell = publisher; cell < next.length; cell += publishers) min = Math.min(min, next[cell]);
        return min;
    }

    /** Distinct messages from {@code publisher} that {@code subscriber} has seen. */
    public long distinct(int subscriber, int publisher) { return seen[subscriber * publishers + publisher].cardinality(); }

    public long delivered() { return delivered; }

    public long duplicates() { return duplicates; }

    public long reordered() { return reordered; }

    public long foreign() { return foreign; }

    public long measuredDelivered() { return measuredDelivered; }

    public long lastDeliveryNanos() { return lastDeliveryNanos; }

    public LatencyHistogram latency() { return latency; }
}
