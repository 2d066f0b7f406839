package mqttlab.shell.session;

import static mqttlab.text.Text.t;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import mqttlab.shell.Printer;
import mqttlab.client.MessageFormat;
import mqttlab.client.Outgoing;
import mqttlab.client.Received;
import mqttlab.client.SubOptions;
import mqttlab.client.Topics;
import mqttlab.shell.ui.MessageLine;

/** One `sub` running in the background: its filters, how it prints, and when it stops (-C, -W). */
public final class ShellSubscription {
    private final Session session;
    private final SubOptions options;
    private final boolean ownsSession;
    private final MessageFormat format;
    private final AtomicInteger seen = new AtomicInteger();
    private volatile ScheduledFuture<?> timeout;
    private volatile boolean ended;
    private boolean started;
    private final List<Runnable> early = new java.util.ArrayList<>();

    /** A subscription shown on a session it does not own (made by `connect`, or restored on resume). */
    public ShellSubscription(Session session, SubOptions options) {
        this(session, options, false);
        start();
    }

    /**
     * {@code ownsSession}: the session was made for this `sub` (its own -i, -c, -V…), as a mosquitto_sub
     * process is its own client. When it ends (-C, -W, -E) it disconnects that client, as mosquitto_sub
     * exits, instead of unsubscribing: a durable session (-c) keeps its subscription at the broker.
     * It shows nothing until {@link #start()}, so that the `subscribed` line comes before the first message.
     */
    public ShellSubscription(Session session, SubOptions options, boolean ownsSession) {
        this.session = session;
        this.options = options;
        this.ownsSession = ownsSession;
        this.format = options.format == null ? null : new MessageFormat(options.format, true, false);
    }

    private Printer printer() { return session.printer(); }

    public List<String> filters() { return options.topics; }

    public int qos() { return options.qos; }

    boolean matches(String topic) {
        if (ended) return false;
        for (String f : options.topics) if (Topics.matches(f, topic)) return true;
        return false;
    }

    /** The options it was made with (to restore it when its session resumes). */
    public SubOptions options() { return options; }

    /** From now on messages are shown; those that came before (a retained one right after the SUBACK) first. */
    public synchronized void start() {
        started = true;
        for (Runnable r : early) r.run();
        early.clear();
    }

    /** Prints the message as this subscription shows messages, with {@code mark} after it (null: DUP when it is a redelivery). */
    synchronized void deliver(Received m, String mark) {
        if (!started) {
            early.add(() -> show(m, mark));
            return;
        }
        show(m, mark);
    }

    private void show(Received m, String mark) {
        if (ended) return; // -C reached by a message that came before it
        if (options.retainedOnly && !m.retain()) { end(messages(seen.get())); return; }
        if (options.shown(m)) {
            printer().printAsync(MessageLine.render(m, format, session.prefix(), printer().styles(), mark, printer().width()));
        }
        if (options.removeRetained && m.retain() && m.payload().length > 0) {
            session.connection().publish(Outgoing.of(m.topic(), new byte[0], 0, true));
        }
        if (options.count != null && !(options.noRetained && m.retain()) && seen.incrementAndGet() >= options.count) {
            end(messages(options.count));
        }
    }

    private static String messages(int n) { return n == 1 ? t("shell.sub.ended.one") : t("shell.sub.ended.count", n); }

    /** Arms -W: the subscription ends after that many seconds. */
    public void armTimeout() {
        if (options.timeout != null && !ended) {
            timeout = session.sessions().scheduler().schedule(() -> end(t("shell.sub.ended.timeout")), options.timeout, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /**
     * Stops printing and says why; then disconnects the session when it was made for this `sub`, else
     * unsubscribes the filters no other subscription of the session still uses.
     */
    void end(String why) {
        if (ended) return;
        ended = true;
        if (timeout != null) timeout.cancel(false);
        session.subscriptions().remove(this);
        printer().printAsync(printer().styles().styled(mqttlab.shell.Styles.FAINT, t("shell.sub.ended", String.join(" ", options.topics), session.name(), why)));
        if (ownsSession && session.subscriptions().isEmpty()) {
            session.sessions().close(session);
            return;
        }
        List<String> unused = options.topics.stream()
                .filter(f -> session.subscriptions().stream().noneMatch(s -> s.filters().contains(f))).toList();
        if (!unused.isEmpty() && session.connection().isConnected()) session.connection().unsubscribe(unused);
    }

    /** -E: subscribed, so stop as mosquitto_sub does (its own client disconnects; on a shared session, unsubscribe). */
    public void endOnceSubscribed() {
        if (ended) return;
        if (ownsSession) {
            cancel();
            session.sessions().close(session);
        } else {
            cancel();
            session.connection().unsubscribe(options.topics);
        }
    }

    /** Ends quietly (`unsub`): the caller sends the UNSUBSCRIBE. */
    public void cancel() {
        ended = true;
        if (timeout != null) timeout.cancel(false);
        session.subscriptions().remove(this);
    }
}
