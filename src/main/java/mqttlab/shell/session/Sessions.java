package mqttlab.shell.session;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import mqttlab.shell.Endpoint;
import mqttlab.shell.Printer;
import mqttlab.shell.ShellException;
import mqttlab.broker.ClientInfo;
import mqttlab.client.ClientSettings;
import mqttlab.client.MqttConnection;
import mqttlab.client.SubOptions;
import mqttlab.client.WireLog;

/** The shell's named client sessions and which one `sub`/`pub` use (the prompt shows it). */
public final class Sessions {
    /** The session that exists from the start, so `sub` and `pub` just work. */
    public static final String DEFAULT = "lab";

    private final Printer printer;
    private final Endpoint endpoint;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> sawTopic;
    private final Map<String, Session> byName = new LinkedHashMap<>();
    private final Map<String, Kept> kept = new LinkedHashMap<>();
    private volatile String current = DEFAULT;
    /** When the relay last said the broker went away (System.nanoTime), or null while it is there. */
    private volatile Long brokerDownAt;
    /** How long before the relay notices the broker is gone its clients may already have been dropped. */
    private static final long NOTICE_LAG_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

    /**
     * A session the shell closed whose client asked the broker to keep it (clean session off): its name, client
     * id and the subscriptions as the student made them, so a resumed session prints its messages the same way.
     */
    public record Kept(String name, String clientId, List<SubOptions> subscriptions) { }

    /** Sessions on {@code endpoint}'s broker, printing with {@code printer}; every topic a message came on goes to {@code sawTopic}. */
    public Sessions(Printer printer, Endpoint endpoint, ScheduledExecutorService scheduler, Consumer<String> sawTopic) {
        this.printer = printer;
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.sawTopic = sawTopic;
    }

    Printer printer() { return printer; }

    Endpoint endpoint() { return endpoint; }

    ScheduledExecutorService scheduler() { return scheduler; }

    /** Connects a new session in the background; its {@link Session#ready()} says when it is up. */
    public synchronized Session open(String name, ClientSettings settings) {
        Session old = byName.get(name);
        if (old != null && old.connection().isConnected()) throw new ShellException(t("shell.session.exists", name, name));
        MqttConnection c = MqttConnection.create(settings, new WireLog(null, false));
        // a clean start discards what the broker kept; a resuming one takes what the shell remembers of it
        Kept remembered = kept.remove(settings.clientId());
        Session s = settings.cleanSession() ? new Session(this, name, c, 0, null)
                : new Session(this, name, c, queuedAtBroker(settings.clientId()), remembered);
        c.onMessage(m -> {
            sawTopic.accept(m.topic());
            s.receive(m);
        });
        c.onLost(reason -> {
            s.lost();
            printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.ERROR, t("shell.session.lost", name, reason)));
            mqttlab.client.BrokerQuirks.lost(reason).ifPresent(why -> printer.printAsync(new org.jline.utils.AttributedString(why)));
        });
        byName.put(name, s);
        s.connect();
        // a resumed session is shown by the command that made it; should none do so, it still goes live
        scheduler.schedule(s::goLive, Session.WAIT_SECONDS + 5L, java.util.concurrent.TimeUnit.SECONDS);
        return s;
    }

    /** The relay says the broker went away (`--broker`): sessions lost from about now are reconnected when it is back. */
    public void brokerDown() {
        if (brokerDownAt == null) brokerDownAt = System.nanoTime();
    }

    /**
     * The broker is back: every session that lost its connection with it connects again with the same
     * settings and makes its subscriptions again, and says so above the prompt. A session that lost its
     * connection for another reason (`fault cut`, say) earlier stays as it is.
     */
    public void brokerBack() {
        Long down = brokerDownAt;
        brokerDownAt = null;
        if (down == null) return;
        for (Session s : all()) if (s.lostSince(down - NOTICE_LAG_NANOS)) reopen(s);
    }

    private void reopen(Session lost) {
        List<SubOptions> subs = lost.subscriptions().stream().map(ShellSubscription::options).toList();
        Session s;
        synchronized (this) {
            if (byName.get(lost.name()) != lost) return;   // the student replaced it meanwhile
            s = open(lost.name(), lost.connection().settings());
        }
        s.ready().whenComplete((present, err) -> {
            if (err != null) {
                Throwable c = mqttlab.client.ConnectFailure.unwrap(err);
                printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.ERROR, t("shell.session.back.failed", s.name(),
                        c instanceof mqttlab.client.ConnectFailure ? c.getMessage() : Cause.of(c))));
                return;
            }
            List<String> filters = new ArrayList<>();
            for (SubOptions o : subs) {
                s.subscriptions().add(new ShellSubscription(s, o));
                s.connection().subscribe(o.topics, o.qos, o.subscribeOptions());
                filters.addAll(o.topics);
            }
            s.goLive();
            printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.BOLD, filters.isEmpty()
                    ? t("shell.session.back", s.name()) : t("shell.session.back.subs", s.name(), String.join(" ", filters))));
        });
    }

    /** How many messages the embedded broker holds for this offline client id (in flight and queued); -1 when unknown. */
    public int queuedAtBroker(String clientId) {
        if (!endpoint.embedded() || clientId == null || clientId.isEmpty()) return -1;
        for (ClientInfo ci : endpoint.broker().clients()) {
            if (ci.clientId().equals(clientId) && !ci.connected()) return ci.inflight() + ci.queued();
        }
        return 0;
    }

    /** The sessions the shell closed and the broker keeps (offline, clean session off). */
    public synchronized List<Kept> keptSessions() { return new ArrayList<>(kept.values()); }

    /** The default session's settings: the lab's broker, a readable client id, the shell's credentials. */
    public ClientSettings defaultSettings(String clientId) {
        var e = endpoint;
        return ClientSettings.defaults(e.host(), e.port()).withClientId(clientId).withAuth(e.user(), e.password());
    }

    public synchronized Session current() {
        Session s = byName.get(current);
        if (s == null) throw new ShellException(t("shell.no.sessions"));
        return s;
    }

    public String currentName() { return current; }

    public synchronized Session get(String name) {
        Session s = byName.get(name);
        if (s == null) throw new ShellException(t("shell.no.session", name, String.join(", ", byName.keySet()), name));
        return s;
    }

    public synchronized boolean has(String name) { return byName.containsKey(name); }

    public synchronized void use(String name) {
        get(name);
        current = name;
    }

    /** Forgets a session; if its broker keeps it (clean session off), remembers its subscriptions for when it resumes. */
    public synchronized void remove(String name) {
        Session s = byName.remove(name);
        if (s != null && !s.connection().settings().cleanSession() && s.sessionPresent() != null) {
            String id = s.connection().clientId();
            kept.put(id, new Kept(name, id, s.subscriptions().stream().map(ShellSubscription::options).toList()));
        } else if (s != null && s.sessionPresent() == null && s.remembered() != null) {
            kept.put(s.remembered().clientId(), s.remembered()); // it never connected: what the broker keeps is unchanged
        }
        if (current.equals(name)) current = byName.isEmpty() ? DEFAULT : byName.keySet().iterator().next();
    }

    /**
     * Ends a session made for one `sub` once that `sub` is done, as mosquitto_sub exits: DISCONNECT (so the
     * broker discards the will and, with clean session off, keeps the session), then forgotten here.
     */
    void close(Session s) {
        if (s.connection().isConnected()) s.connection().disconnect();
        synchronized (this) {
            if (byName.get(s.name()) != s) return;
            remove(s.name());
        }
        printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.FAINT, t("shell.disconnected", s.name())));
    }

    public synchronized List<Session> all() { return new ArrayList<>(byName.values()); }

    public synchronized List<String> names() { return new ArrayList<>(byName.keySet()); }

    /** Disconnects every session (DISCONNECT, so no will fires) within a short time. */
    public void closeAll() {
        for (Session s : all()) {
            try {
                s.connection().close();
            } catch (RuntimeException ignored) {
                // leaving anyway
            }
        }
        synchronized (this) { byName.clear(); }
    }
}
