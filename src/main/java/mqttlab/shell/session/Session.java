package mqttlab.shell.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.mqtt.ConnectFailure;
import mqttlab.shell.mqtt.MqttConnection;
import mqttlab.shell.mqtt.Received;

/** A named client session of the shell: one real MQTT connection and the subscriptions printing its messages. */
public final class Session {
    /** Seconds the shell waits for the broker before saying so. */
    public static final int WAIT_SECONDS = 10;

    private final String name;
    private final MqttConnection connection;
    private final CompletableFuture<Boolean> ready;
    private final List<ShellSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile String state = "connecting";

    Session(String name, MqttConnection connection) {
        this.name = name;
        this.connection = connection;
        this.ready = connection.connect();
        this.ready.whenComplete((present, err) -> state = err == null ? "connected" : "failed");
    }

    public String name() { return name; }

    public MqttConnection connection() { return connection; }

    public CompletableFuture<Boolean> ready() { return ready; }

    public String state() { return state; }

    void state(String s) { state = s; }

    public String clientId() {
        String id = connection.clientId();
        return id == null || id.isEmpty() ? "(assigned by the broker)" : id;
    }

    public List<ShellSubscription> subscriptions() { return subscriptions; }

    void dispatch(Received m) {
        for (ShellSubscription s : subscriptions) {
            if (s.matches(m.topic())) s.deliver(m);
        }
    }

    /** The connection once it is up; a {@link ShellException} with the reason when it is not. */
    public MqttConnection awaitConnected(ShellContext ctx) {
        try {
            ready.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = ConnectFailure.unwrap(e);
            throw new ShellException(ctx.t("shell.session.failed", name, c.getMessage()));
        } catch (TimeoutException e) {
            throw new ShellException(ctx.t("shell.timeout", "connect " + name, WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(ctx.t("shell.timeout", "connect " + name, 0));
        }
        if (!connection.isConnected()) throw new ShellException(ctx.t("shell.not.connected", name, state, name));
        return connection;
    }

    /** Waits for a client operation, turning failures into one line. */
    public static <T> T await(ShellContext ctx, String what, CompletableFuture<T> f) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = ConnectFailure.unwrap(e);
            throw new ShellException(ctx.t("shell.failed", what, c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()));
        } catch (TimeoutException e) {
            throw new ShellException(ctx.t("shell.timeout", what, WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(ctx.t("shell.timeout", what, 0));
        }
    }
}
