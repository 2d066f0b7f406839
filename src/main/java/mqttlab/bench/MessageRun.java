package mqttlab.bench;

import static mqttlab.text.Text.t;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fan-in or fan-out run: subscribers first (each with its SUBACK), then publishers, then
 * publishing until the count or the duration is reached, then waiting for the last deliveries.
 * The clients' state lives on the generator's event loop; this class's main thread only polls
 * snapshots of it, shows progress and decides when the run is over.
 */
public final class MessageRun {
    /** After publishing ends, how long to wait with nothing arriving before counting the rest as lost. */
    static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** While publishing, how long nothing may move before the run is called stalled. */
    static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(10);
    static final long SETUP_SECONDS = 10;

    private final BenchSettings s;
    private final DeliveryLedger ledger;
    private final Publisher[] publishers;
    private final Subscriber[] subscribers;
    private final ClientGroup group;
    private boolean timeUp;
    private long startNanos;
    /** --rate per publisher in messages per nanosecond; 0 when unpaced. */
    private double perPublisherPerNano;
    private long moves;

    private MessageRun(BenchSettings s, ClientGroup group) {
        this.s = s;
        this.group = group;
        this.ledger = new DeliveryLedger(s.subscribers(), s.publishers());
        this.publishers = new Publisher[s.publishers()];
        this.subscribers = new Subscriber[s.subscribers()];
        String id = "mqttlab-bench-" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
        for (int i = 0; i < subscribers.length; i++) subscribers[i] = new Subscriber(id + "-s" + i, i, this, s, group.flusher);
        for (int i = 0; i < publishers.length; i++) publishers[i] = new Publisher(id + "-p" + i, i, this, s, group.flusher);
    }

    /** Runs one fan-in or fan-out measurement against the broker at {@code s.host():s.port()}. */
    public static MessageResult run(BenchSettings s, Progress progress) {
        try (ClientGroup group = new ClientGroup(s.host(), s.port())) {
            return new MessageRun(s, group).measure(progress);
        }
    }

    private MessageResult measure(Progress progress) {
        for (Subscriber sub : subscribers) group.connect(sub);
        await(subscribers, true);
        for (Publisher p : publishers) group.connect(p);
        await(publishers, false);
        long start = group.call(this::start);
        long measureFrom = ledger.measureFromNanos();
        double brokerCpu0 = -1, ownCpu0 = -1;
        long cpuFrom = 0;
        long deadline = start + TimeUnit.MILLISECONDS.toNanos((long) (1000 * (s.byCount() ? s.timeoutSeconds()
                : Math.min(s.timeoutSeconds(), s.durationSeconds() + 10))));
        long lastMoves = -1, lastMoveAt = start;
        mqttlab.text.Phrase note = null;
        while (true) {
            sleep(50);
            Snapshot snap = group.call(this::snapshot);
            long now = System.nanoTime();
            if (cpuFrom == 0 && now >= measureFrom) {
                cpuFrom = now;
                brokerCpu0 = s.pid() > 0 ? ProcStat.cpuSeconds(s.pid()) : -1;
                ownCpu0 = ProcStat.ownCpuSeconds();
            }
            if (snap.complete) break;
            if (snap.moves != lastMoves) {
                lastMoves = snap.moves;
                lastMoveAt = now;
            }
            String failure = firstFailure();
            if (failure != null) {
                note = new mqttlab.text.Phrase("bench.note.failure", failure);
                break;
            }
            if (snap.allStopped && now - lastMoveAt > QUIET_NANOS) {
                note = new mqttlab.text.Phrase("bench.note.quiet", QUIET_NANOS / 1_000_000_000);
                break;
            }
            if (!snap.allStopped && now - lastMoveAt > STALL_NANOS) {
                note = new mqttlab.text.Phrase("bench.note.stalled", STALL_NANOS / 1_000_000_000);
                break;
            }
            if (now > deadline) {
                note = new mqttlab.text.Phrase("bench.note.timeout", (long) s.timeoutSeconds());
                break;
            }
            progress.update(progressLine(snap, (now - start) / 1e9));
        }
        long end = System.nanoTime();
        double brokerCpu = cpuFrom == 0 || brokerCpu0 < 0 ? -1 : percent(ProcStat.cpuSeconds(s.pid()) - brokerCpu0, end - cpuFrom);
        double ownCpu = cpuFrom == 0 || ownCpu0 < 0 ? -1 : percent(ProcStat.ownCpuSeconds() - ownCpu0, end - cpuFrom);
        progress.done();
        mqttlab.text.Phrase why = note;
        return group.call(() -> result(why, brokerCpu, ownCpu));
    }

    private long start() {
        long start = System.nanoTime();
        ledger.measureFrom(start + (long) (s.warmupSeconds() * 1e9));
        if (!s.byCount()) group.loop.schedule(() -> { timeUp = true; }, (long) (s.durationSeconds() * 1e6), TimeUnit.MICROSECONDS);
        startNanos = start;
        if (s.rate() > 0) {
            perPublisherPerNano = s.rate() / publishers.length / 1e9;
            group.loop.scheduleAtFixedRate(() -> {
                for (Publisher p : publishers) p.pump();
            }, 1, 1, TimeUnit.MILLISECONDS);
        }
        for (Publisher p : publishers) p.pump();
        return start;
    }

    private record Snapshot(long published, long delivered, long moves, boolean allStopped, boolean complete) { }

    private Snapshot snapshot() {
        long published = 0, inflight = 0;
        boolean allStopped = true;
        for (Publisher p : publishers) {
            published += p.sent;
            inflight += p.inflight;
            if (maySend(p) && !p.closed) allStopped = false;
        }
        boolean complete = allStopped && inflight == 0 && ledger.delivered() == published * subscribers.length;
        return new Snapshot(published, ledger.delivered(), moves, allStopped, complete);
    }

    private MessageResult result(mqttlab.text.Phrase note, double brokerCpu, double ownCpu) {
        timeUp = true;
        long published = 0, lost = 0;
        for (Publisher p : publishers) {
            published += p.sent;
            for (Subscriber sub : subscribers) lost += p.sent - ledger.distinct(sub.index, p.index);
        }
        long from = ledger.measureFromNanos();
        double seconds = Math.max(0, (ledger.lastDeliveryNanos() - from) / 1e9);
        double rate = seconds > 0 ? ledger.measuredDelivered() / seconds : 0;
        LatencyHistogram h = ledger.latency();
        int window = s.window();
        if (s.qos() > 0) for (Publisher p : publishers) window = Math.min(window, p.window());
        return new MessageResult(s.scenario(), s.qos(), publishers.length, subscribers.length, s.size(), window,
                published, published * subscribers.length, ledger.delivered(), lost, ledger.duplicates(), ledger.reordered(),
                seconds, rate, h.percentile(0.50) / 1e3, h.percentile(0.99) / 1e3, h.max() / 1e3, brokerCpu, ownCpu, note);
    }

    private String progressLine(Snapshot snap, double elapsed) {
        String of = s.byCount() ? ConnsResult.f("%,d", s.count() * publishers.length)
                : mqttlab.text.Text.t("bench.progress.of.seconds", ConnsResult.f("%.0f", s.durationSeconds()));
        return mqttlab.text.Text.t("bench.progress.messages", s.scenario().label(), s.qos(), ConnsResult.f("%.1f", elapsed), of,
                ConnsResult.f("%,d", snap.published), ConnsResult.f("%,d", snap.delivered));
    }

    private String firstFailure() {
        for (Publisher p : publishers) if (p.error != null) return p.error;
        for (Subscriber sub : subscribers) if (sub.error != null) return sub.error;
        return null;
    }

    private void await(LoadClient[] clients, boolean subscribed) {
        CompletableFuture<?>[] fs = new CompletableFuture<?>[clients.length];
        for (int i = 0; i < clients.length; i++) fs[i] = subscribed ? ((Subscriber) clients[i]).subscribed : clients[i].connected;
        try {
            CompletableFuture.allOf(fs).get(SETUP_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new BenchException(t("bench.no.answer", subscribed ? "SUBACK" : "CONNACK", s.target(), SETUP_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(t("bench.interrupted"));
        } catch (java.util.concurrent.ExecutionException e) {
            for (CompletableFuture<?> f : fs) if (f.isCompletedExceptionally()) throw new BenchException(message(f));
            throw new BenchException(String.valueOf(e.getCause()));
        }
    }

    private static String message(CompletableFuture<?> f) {
        try {
            f.getNow(null);
            return "";
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() == null ? String.valueOf(e) : e.getCause().getMessage();
        }
    }

    private static double percent(double cpuSeconds, long wallNanos) {
        return wallNanos <= 0 ? -1 : 100.0 * cpuSeconds / (wallNanos / 1e9);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(t("bench.interrupted"));
        }
    }

    // --- called by the clients, on the event loop ---

    int window() { return s.window(); }

    DeliveryLedger ledger() { return ledger; }

    /** How many messages each publisher may have sent by now under --rate (unlimited without it). */
    long allowance() {
        if (perPublisherPerNano == 0) return Long.MAX_VALUE;
        return 1 + (long) ((System.nanoTime() - startNanos) * perPublisherPerNano);
    }

    boolean maySend(Publisher p) { return !timeUp && (!s.byCount() || p.sent < s.count()); }

    void publisherFinished(Publisher p) { moves++; }

    void progressed() { moves++; }

    void delivered(int subscriber, int publisher, long seq, long sentAt, long now) {
        moves++;
        if (!ledger.record(subscriber, publisher, seq, sentAt, now)) return;
        Publisher p = publishers[publisher];
        if (p.waitingForDeliveries) p.pump();
    }
}
