package mqttlab.bench;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The `conns` scenario: open C connections (at most {@value #CONCURRENT_CONNECTS} handshakes at a
 * time, so the broker's accept queue is not what is measured), hold them idle for the duration,
 * read the broker's memory, then prove each one is still served with a PINGREQ.
 */
public final class ConnsRun {
    static final int CONCURRENT_CONNECTS = 128;
    static final long PING_WAIT_SECONDS = 10;

    private ConnsRun() { }

    /** @param probe the broker's memory, or null when it cannot be read */
    public static ConnsResult run(BenchSettings s, MemoryProbe probe, Progress progress) {
        long memBefore = probe == null ? -1 : probe.bytes();
        AtomicInteger pongs = new AtomicInteger();
        try (ClientGroup group = new ClientGroup(s.host(), s.port())) {
            List<IdleClient> clients = new ArrayList<>(s.connections());
            Semaphore slots = new Semaphore(CONCURRENT_CONNECTS);
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            String id = "mqttlab-bench-" + Long.toHexString(System.nanoTime() & 0xFFFFFF) + "-c";
            long start = System.nanoTime();
            long deadline = start + (long) (s.timeoutSeconds() * 1e9);
            for (int i = 0; i < s.connections(); i++) {
                if (!acquire(slots, 1, deadline)) break;
                if (i > 0 && failed.get() == i && firstError.get() != null) throw new BenchException(firstError.get());
                IdleClient c = new IdleClient(id + i, s, group.flusher, pongs::incrementAndGet);
                clients.add(c);
                c.connected.whenComplete((ok, e) -> {
                    if (e != null) {   // counted before the slot is given back: the wait for every handshake must see it
                        firstError.compareAndSet(null, e.getMessage());
                        failed.incrementAndGet();
                    }
                    slots.release();
                });
                group.connect(c);
                progress.update(mqttlab.text.Text.t("bench.progress.connecting", ConnsResult.f("%,d", i + 1), ConnsResult.f("%,d", s.connections()),
                        ConnsResult.f("%,d", failed.get())));
            }
            acquire(slots, CONCURRENT_CONNECTS, deadline); // every handshake has ended
            if (failed.get() == clients.size() && firstError.get() != null) throw new BenchException(firstError.get());
            double[] connect = group.call(() -> connectFigures(clients, start));
            long holdStart = System.nanoTime();
            long holdEnd = holdStart + (long) (s.durationSeconds() * 1e9);
            while (System.nanoTime() < holdEnd) {
                sleep(100);
                int open = group.call(() -> open(clients));
                progress.update(mqttlab.text.Text.t("bench.progress.holding", ConnsResult.f("%,d", open),
                        ConnsResult.f("%.1f", (System.nanoTime() - holdStart) / 1e9), ConnsResult.f("%.0f", s.durationSeconds())));
            }
            long memAfter = probe == null ? -1 : probe.bytes();
            double held = (System.nanoTime() - holdStart) / 1e9;
            int alive = group.call(() -> {
                int n = 0;
                for (IdleClient c : clients) {
                    if (isOpen(c)) {
                        c.ping();
                        n++;
                    }
                }
                return n;
            });
            long pingDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PING_WAIT_SECONDS);
            while (pongs.get() < alive && System.nanoTime() < pingDeadline) sleep(20);
            int answered = group.call(() -> {
                int n = 0;
                for (IdleClient c : clients) if (isOpen(c) && c.pongs > 0) n++;
                return n;
            });
            progress.done();
            int connected = (int) connect[0];
            long per = probe == null || connected == 0 || memBefore < 0 || memAfter < 0 ? -1 : (memAfter - memBefore) / connected;
            mqttlab.text.Phrase note = failed.get() > 0 ? new mqttlab.text.Phrase("bench.note.failed", failed.get(), firstError.get()) : null;
            return new ConnsResult(s.connections(), connected, answered, failed.get(), connect[1], connect[2], connect[3], held,
                    memBefore, memAfter, per, probe == null ? null : probe.what(), note);
        }
    }

    private static boolean isOpen(IdleClient c) {
        return c.connectedAt != 0 && !c.closed;
    }

    private static int open(List<IdleClient> clients) {
        int n = 0;
        for (IdleClient c : clients) if (isOpen(c)) n++;
        return n;
    }

    /** Connected count, seconds from the first connect to the last CONNACK, CONNACK latency p50 and p99 in µs. */
    private static double[] connectFigures(List<IdleClient> clients, long start) {
        LatencyHistogram h = new LatencyHistogram();
        long last = start;
        int n = 0;
        for (IdleClient c : clients) {
            if (c.connectedAt == 0) continue;
            n++;
            h.record(c.connectedAt - c.startedAt);
            last = Math.max(last, c.connectedAt);
        }
        return new double[] {n, (last - start) / 1e9, h.percentile(0.5) / 1e3, h.percentile(0.99) / 1e3};
    }

    private static boolean acquire(Semaphore slots, int n, long deadline) {
        try {
            return slots.tryAcquire(n, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(t("bench.interrupted"));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(t("bench.interrupted"));
        }
    }
}
