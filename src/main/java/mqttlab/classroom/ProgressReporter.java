package mqttlab.classroom;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Publishes a student's progress to the instructor: retained, QoS 1, on {@code lab/progress/<user>}
 * (the ACL's {@code pattern readwrite lab/progress/%u}). The local progress stays the source of
 * truth; this only mirrors the latest report, and sends it again each time the link comes back,
 * so the scoreboard is right even if the instructor's broker restarted without persistence.
 * Until there is a report (the session was joined without local progress), nothing is published,
 * so a lab that knows nothing yet never overwrites what the instructor's broker kept.
 */
public final class ProgressReporter {
    /** Replaced when the lab rejoins under a fresh client id ({@link #moveTo}). */
    private volatile ClassLink link;
    private final String topic;
    private ProgressReport latest;

    ProgressReporter(ClassLink link, ProgressReport initial) {
        this.link = link;
        this.topic = ClassTopics.progress(link.spec().user());
        this.latest = initial == null ? null : check(initial);
    }

    /**
     * Replaces the report and publishes it now when connected (otherwise when the link is back).
     * The future completes true once the broker acknowledged it, false when it was kept for later.
     */
    public synchronized CompletableFuture<Boolean> report(ProgressReport report) {
        latest = check(report);
        return send();
    }

    /**
     * Applies a change to the latest report (an empty one if there is none yet) and publishes the
     * result, e.g. {@code r -> r.stepDone("03", 2, now)}.
     */
    public synchronized CompletableFuture<Boolean> update(UnaryOperator<ProgressReport> change) {
        ProgressReport base = latest != null ? latest : ProgressReport.start(link.spec().user(), java.time.Instant.now());
        return report(change.apply(base));
    }

    /** The report last given; empty before the first. */
    public synchronized Optional<ProgressReport> latest() {
        return Optional.ofNullable(latest);
    }

    /** The lab rejoined under a fresh client id: reports go over {@code now} from here on. */
    synchronized void moveTo(ClassLink now) {
        if (!now.spec().user().equals(link.spec().user())) throw new IllegalArgumentException("another user's link");
        link = now;
    }

    /** Called when the link is (back) up. */
    synchronized CompletableFuture<Boolean> republish() {
        return send();
    }

    private CompletableFuture<Boolean> send() {
        if (latest == null || !link.connected()) return CompletableFuture.completedFuture(false);
        return link.publish(topic, latest.toJson(), true).handle((ok, err) -> err == null);
    }

    private ProgressReport check(ProgressReport r) {
        if (!r.user().equals(link.spec().user())) {
            throw new IllegalArgumentException("a report for '" + r.user() + "' cannot be sent as '" + link.spec().user() + "'");
        }
        return r;
    }
}
