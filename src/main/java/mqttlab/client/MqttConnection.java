package mqttlab.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One real client connection (hivemq-mqtt-client, 3.1.1 or 5) through a {@link TcpRelay}.
 * Futures fail with {@link ConnectFailure} (connect) or the client library's exception.
 */
public interface MqttConnection extends AutoCloseable {

    /** Opens a 3.1.1 or 5 connection per the settings; nothing is sent until {@link #connect()}. */
    static MqttConnection create(ClientSettings settings, WireLog wire) {
        return settings.version() == 5 ? new Mqtt5Connection(settings, wire) : new Mqtt3Connection(settings, wire);
    }

    /** v5 subscription options (ignored on 3.1.1). */
    record SubscribeOptions(boolean noLocal, boolean retainAsPublished, int retainHandling) {
        public static final SubscribeOptions DEFAULT = new SubscribeOptions(false, false, 0);
    }

    ClientSettings settings();

    /** The client id as sent, or as the broker assigned it (v5). Empty before CONNACK when the broker assigns it. */
    String clientId();

    WireLog wire();

    /** Sets where received messages go; call before {@link #connect()}. */
    void onMessage(Consumer<Received> handler);

    /** Called once if the connection is lost other than by {@link #disconnect()}: the reason in words. */
    void onLost(Consumer<String> handler);

    /** Connects (TCP, then CONNECT/CONNACK). Completes with "session present". */
    CompletableFuture<Boolean> connect();

    /** Subscribes; completes with the granted QoS (or failure code ≥ 0x80) per filter. */
    CompletableFuture<List<Integer>> subscribe(List<String> filters, int qos, SubscribeOptions options);

    CompletableFuture<Void> unsubscribe(List<String> filters);

    /** Publishes; completes when the QoS flow is done (at once for QoS 0, PUBACK, or PUBCOMP). */
    CompletableFuture<Void> publish(Outgoing message);

    /** Sends DISCONNECT and closes: the broker discards the will. */
    CompletableFuture<Void> disconnect();

    /** Cuts the TCP connection without DISCONNECT, as a pulled cable would: the broker publishes the will. */
    void kill();

    boolean isConnected();

    @Override
    default void close() {
        if (isConnected()) disconnect().orTimeout(2, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        else kill();
    }
}
