package mqttlab.exercises.jshell;

import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * JShell's {@code client}, connecting from the moment its JVM starts ({@link JShellAgent}): the MQTT
 * client's classes load and its connection is made while the lab compiles the prelude, and the
 * prelude's {@code Lab.connect} then takes it. Taken once; any other {@code Lab.connect} makes a client
 * of its own. Only in JShell's JVM: elsewhere nothing is started and nothing is taken.
 */
final class EarlyClient {
    private record Pending(String host, int port, CompletableFuture<Mqtt3BlockingClient> client) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private EarlyClient() {
    }

    /** Starts connecting to {@code host:port} on a thread of its own. */
    static void start(String host, int port) {
        CompletableFuture<Mqtt3BlockingClient> f = new CompletableFuture<>();
        PENDING.set(new Pending(host, port, f));
        Thread t = new Thread(() -> {
            try {
                f.complete(Lab.connectNew(host, port));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "mqttlab-client-connect");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The client started for {@code host:port}, once connected, if there is one not yet taken; its connect's
     * own exception when it could not connect (as {@code Lab.connect} would have thrown it).
     */
    static Optional<Mqtt3BlockingClient> take(String host, int port) {
        Pending p = PENDING.get();
        if (p == null || !p.host().equals(host) || p.port() != port || !PENDING.compareAndSet(p, null)) return Optional.empty();
        try {
            return Optional.of(p.client().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
