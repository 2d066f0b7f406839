package mqttlab.relay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;

/**
 * Whether the broker behind the relay can be reached. A failed connection, or the broker closing a
 * connection nobody asked it to close, makes the relay look again; while the broker is away it tries
 * every {@link #RETRY_SECONDS} seconds and says when it is back. Listeners hear each change once.
 */
public final class UpstreamLink {
    static final int RETRY_SECONDS = 2;

    /** A change of the link: {@code up}, or down with the reason in one line. */
    /** {@code reason} in English for the log; {@code shown} the same for a person, in the lab's language ("연결 거부 …"). */
    public record Change(boolean up, String reason, String shown) { }

    private final Upstream upstream;
    private final ScheduledExecutorService loop;
    private final BrokerLog log;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile Boolean up;          // null: not known yet
    private volatile String reason = "";
    private volatile String shown = "";
    private ScheduledFuture<?> retry;
    private volatile boolean stopped;

    private volatile boolean tlsRefused;

    /** Probes run on their own thread: a probe waits up to 3 s, and the relay's event loop must never wait. */
    UpstreamLink(Upstream upstream, BrokerLog log) {
        this.upstream = upstream;
        this.loop = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqttlab-relay-link");
            t.setDaemon(true);
            return t;
        });
        this.log = log;
    }

    public boolean up() { return Boolean.TRUE.equals(up); }

    /** Why the broker cannot be reached, in one line ("" while it can). */
    public String reason() { return reason; }

    /** {@link #reason()} for a person, in the lab's language. */
    public String shownReason() { return shown; }

    /** Tells {@code listener} of each change from now on; close the result to stop. */
    public AutoCloseable onChange(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Looks now, waiting for the answer (at start, so the banner can say). */
    void probeNow() {
        java.io.IOException failure = probe();
        if (failure == null) changed(true, "", "");
        else failed(failure);
    }

    /** A connection reached the broker. */
    void reached() {
        tlsRefused = false;
        synchronized (this) {
            if (retry != null) retry.cancel(false);
            retry = null;
        }
        if (!up()) changed(true, "", "");
    }

    /** A connection could not reach the broker. */
    void failed(Throwable cause) {
        // TLS refused the broker: a TCP probe would answer, so only a connection that gets through says it is back
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException tls) {
                tlsRefused = true;
                String why = "TLS: " + oneLine(tls.getMessage() == null ? tls.getClass().getSimpleName() : tls.getMessage());
                failed(why, why);
                return;
            }
        }
        failed(oneLine(cause), mqttlab.text.Cause.of(cause));
    }

    private synchronized void failed(String why, String shown) {
        if (up == null || up()) changed(false, why, shown);
        if (retry == null && !stopped) retry = loop.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    /** The broker closed a connection unasked: is it still there? */
    void check() {
        if (!stopped) loop.execute(() -> {
            java.io.IOException failure = probe();
            if (failure != null) failed(failure);
        });
    }

    private void retry() {
        java.io.IOException failure = probe();
        if (failure != null || tlsRefused) return;
        synchronized (this) {
            if (retry != null) retry.cancel(false);
            retry = null;
        }
        changed(true, "", "");
    }

    private void changed(boolean nowUp, String why, String shownWhy) {
        up = nowUp;
        reason = why;
        shown = shownWhy;
        log.log(nowUp ? LogLevel.NOTICE : LogLevel.WARNING, nowUp ? "Relay: connected to the broker at " + upstream.url() + "."
                : "Relay: cannot reach the broker at " + upstream.url() + ": " + why);
        Change c = new Change(nowUp, why, shownWhy);
        for (Consumer<Change> l : listeners) {
            try {
                l.accept(c);
            } catch (RuntimeException ignored) {
                // a listener's bug must not stop the relay
            }
        }
    }

    /** A TCP connection to the broker: null when it answers, else why not. */
    private IOException probe() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(upstream.host(), upstream.port()), 3000);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static String oneLine(String m) {
        return m.lines().findFirst().orElse(m);
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    synchronized void stop() {
        stopped = true;
        if (retry != null) retry.cancel(false);
        loop.shutdownNow();
    }
}
