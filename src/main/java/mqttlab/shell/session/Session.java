package mqttlab.shell.session;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mqttlab.shell.Printer;
import mqttlab.shell.ShellException;
import mqttlab.client.ConnectFailure;
import mqttlab.client.MqttConnection;
import mqttlab.client.Received;
import mqttlab.shell.ui.MessageLine;

/**
 * A named client session of the shell: one real MQTT connection and the subscriptions printing its messages.
 * A session that may resume (clean session off) holds the messages that arrive right after CONNACK until
 * the shell has restored its subscriptions and can show them as queued while the client was away
 * ({@link SessionResume}); then it goes live and prints each message as it comes.
 */
public final class Session {
    /** Seconds the shell waits for the broker before saying so. */
    public static final int WAIT_SECONDS = 10;

    private final Sessions sessions;
    private final String name;
    private final MqttConnection connection;
    private final List<ShellSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Received> held = new ArrayList<>();
    private final int keptByBroker;
    private final Sessions.Kept remembered;
    private volatile CompletableFuture<Boolean> ready;
    private volatile String state = "connecting";
    private volatile Boolean sessionPresent;
    private volatile int deliveredOnResume;
    private volatile long lostAt;
    private boolean live;

    /** {@code keptByBroker}: the messages the broker holds for this client id while it is offline, or -1 when unknown. */
    Session(Sessions sessions, String name, MqttConnection connection, int keptByBroker, Sessions.Kept remembered) {
        this.remembered = remembered;
        this.sessions = sessions;
        this.name = name;
        this.connection = connection;
        this.keptByBroker = keptByBroker;
        this.live = connection.settings().cleanSession();
    }

    /** Starts the connection; call once, after the handlers are set. */
    void connect() {
        ready = connection.connect();
        ready.whenComplete((present, err) -> {
            state = err == null ? "connected" : "failed";
            sessionPresent = err == null ? present : null;
            if (err != null || !present) goLive(); // nothing was kept: no reason to hold anything
        });
    }

    public String name() { return name; }

    public MqttConnection connection() { return connection; }

    public CompletableFuture<Boolean> ready() { return ready; }

    public String state() { return state; }

    void state(String s) { state = s; }

    /** The connection broke (not a `disconnect`): when, as System.nanoTime. */
    void lost() {
        lostAt = System.nanoTime();
        state = "lost";
    }

    /** Lost no earlier than {@code since} (System.nanoTime) and not replaced since. */
    boolean lostSince(long since) { return "lost".equals(state) && lostAt - since >= 0; }

    public String clientId() {
        String id = connection.clientId();
        return id == null || id.isEmpty() ? t("table.id.assigned") : id;
    }

    public List<ShellSubscription> subscriptions() { return subscriptions; }

    /** The CONNACK's session-present flag: null before CONNACK (or when the connect failed). */
    public Boolean sessionPresent() { return sessionPresent; }

    /** How many messages the broker delivered when this session resumed (kept while it was away). */
    public int deliveredOnResume() { return deliveredOnResume; }

    /** What the shell remembered of this client id's earlier session (its subscriptions as made), or null. */
    Sessions.Kept remembered() { return remembered; }

    /** The messages the broker held for this client id before it connected, or -1 when unknown (another broker). */
    int keptByBroker() { return keptByBroker; }

    /** A message from the connection: held while the session resumes, printed once it is live. */
    void receive(Received m) {
        synchronized (held) {
            if (!live) {
                held.add(m);
                held.notifyAll();
                return;
            }
        }
        dispatch(m, null);
    }

    /**
     * Waits for the messages the broker sends on resuming: until {@code expected} have come (when known,
     * ≥ 0), else until none came for {@code quietMillis}; at most {@code maxMillis}. Returns them and
     * removes them from the held ones; later ones stay held for {@link #goLive()}.
     */
    List<Received> takeResumed(int expected, long quietMillis, long maxMillis) {
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        synchronized (held) {
            try {
                int seen = -1;
                while (System.nanoTime() < deadline) {
                    if (expected >= 0 ? held.size() >= expected : seen == held.size()) break;
                    seen = held.size();
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    held.wait(Math.max(1, expected >= 0 ? left : Math.min(left, quietMillis)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = expected >= 0 ? Math.min(expected, held.size()) : held.size();
            List<Received> out = new ArrayList<>(held.subList(0, n));
            held.subList(0, n).clear();
            deliveredOnResume = out.size();
            return out;
        }
    }

    /** From now on messages are printed as they arrive; the ones held meanwhile are printed first. Idempotent. */
    public void goLive() {
        List<Received> backlog;
        synchronized (held) {
            if (live) return;
            live = true;
            backlog = new ArrayList<>(held);
            held.clear();
        }
        for (Received m : backlog) dispatch(m, null);
    }

    /**
     * Prints a message through every subscription of this session it matches, with {@code mark} after it
     * (null: none, or DUP when it is a redelivery). A marked message no subscription matches is still printed:
     * the broker sent it on a session the shell resumed, and the student must see it.
     */
    void dispatch(Received m, String mark) {
        boolean shown = false;
        for (ShellSubscription s : subscriptions) {
            if (s.matches(m.topic())) {
                s.deliver(m, mark);
                shown = true;
            }
        }
        if (!shown && mark != null) printer().printAsync(MessageLine.render(m, null, prefix(), printer().styles(), mark, printer().width()));
    }

    Sessions sessions() { return sessions; }

    Printer printer() { return sessions.printer(); }

    /** The session's name before its messages when it is not the current one (the prompt names the current one). */
    String prefix() {
        return name.equals(sessions.currentName()) ? null : name;
    }

    /** The connection once it is up; a {@link ShellException} with the reason when it is not. */
    public MqttConnection awaitConnected() {
        try {
            ready.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = ConnectFailure.unwrap(e);
            throw new ShellException(t("shell.session.failed", name, Cause.of(c)));
        } catch (TimeoutException e) {
            throw new ShellException(t("shell.timeout", "connect " + name, WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(t("shell.timeout", "connect " + name, 0));
        }
        if (!connection.isConnected()) throw new ShellException(t("shell.not.connected", name, state, name));
        return connection;
    }

    /** Waits for a client operation, turning failures into one line. */
    public static <T> T await(String what, CompletableFuture<T> f) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = ConnectFailure.unwrap(e);
            if (c instanceof mqttlab.client.PublishRefused r) {
                throw new ShellException(t("shell.pub.refused", r.topic(), r.packet(),
                        mqttlab.protocol.packet.ReasonCode.shown(r.code(), mqttlab.protocol.packet.PacketType.valueOf(r.packet()))));
            }
            // a ConnectFailure reads like mosquitto's ("Error: Connection refused"): after "connect a failed:" the prefix would be said twice
            String why = c instanceof ConnectFailure ? c.getMessage().replaceFirst("^(Error|오류): ", "") : Cause.of(c);
            throw new ShellException(t("shell.failed", what, why));
        } catch (TimeoutException e) {
            throw new ShellException(t("shell.timeout", what, WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(t("shell.timeout", what, 0));
        }
    }
}
