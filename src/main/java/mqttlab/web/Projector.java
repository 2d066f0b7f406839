package mqttlab.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mqttlab.broker.Broker;

/**
 * The projector view on an embedded broker: one more websockets listener, on this machine only, that
 * serves the page and takes the MQTT connection the page makes back; and the feeds that publish the
 * lab's read-only topics ({@link LabTopics}) for it, each on a timer of its own thread.
 */
public final class Projector implements AutoCloseable {
    /** The port tried first: the usual port for MQTT over WebSocket in mosquitto's examples. */
    public static final int USUAL_PORT = 9001;

    private final Broker broker;
    private final InetSocketAddress address;
    private final ScheduledExecutorService timer;

    private Projector(Broker broker, InetSocketAddress address) {
        this.broker = broker;
        this.address = address;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqttlab-projector");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the page on {@code host}: on {@code port}, or when {@code port} is {@link #USUAL_PORT} and
     * that is taken, on any free port (the banner says which); 0 picks a free port.
     */
    public static Projector open(Broker broker, String host, int port, Supplier<PageConfig> config) {
        int chosen = port == USUAL_PORT && !free(host, port) ? 0 : port;
        broker.serve(new ProjectorPages(config));
        return new Projector(broker, broker.openWeb(new InetSocketAddress(host, chosen)));
    }

    private static boolean free(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code http://127.0.0.1:9001/}: what the banner and `web` print. */
    public String url() {
        String host = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + address.getPort() + "/";
    }

    public InetSocketAddress address() { return address; }

    public Broker broker() { return broker; }

    /** Runs {@code feed} now and then every {@code period}; a feed that throws is skipped that time, never stopped. */
    public void every(Duration period, Runnable feed) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                feed.run();
            } catch (RuntimeException e) {
                // the lab is stopping, or a snapshot failed: the next tick tries again
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
