package mqttlab.classroom;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import mqttlab.text.Text;

/**
 * One MQTT 5 connection to the class broker (HiveMQ client) that keeps itself up: a persistent
 * session when asked, and after a first success it reconnects with back-off (250 ms doubling to
 * 2 s) whenever the link breaks, except when the broker refuses the account. The first connection
 * fails fast with a {@link JoinException} whose message is for people.
 */
final class ClassLink implements AutoCloseable {
    /** Connection changes, called on the client's threads. */
    interface Listener {
        void up(boolean first, boolean sessionPresent);

        void down(String reason, boolean retrying);
    }

    private final JoinSpec spec;
    private final boolean persistent;
    private final Mqtt5AsyncClient client;
    private final AtomicBoolean everUp = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Set by the listeners, so it is false as soon as a loss is reported (the client's own state lags behind). */
    private volatile boolean up;

    private ClassLink(JoinSpec spec, boolean persistent, Consumer<Mqtt5Publish> messages, Listener listener) {
        this.spec = spec;
        this.persistent = persistent;
        client = MqttClient.builder().useMqttVersion5().identifier(spec.clientId())
                .serverHost(spec.host()).serverPort(spec.port())
                // credentials on the client, not the CONNECT, so that reconnects send them too (hivemq-mqtt-client#574)
                .simpleAuth().username(spec.user()).password(spec.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .addConnectedListener(ctx -> {
                    up = true;
                    boolean first = everUp.compareAndSet(false, true);
                    boolean present = ctx instanceof Mqtt5ClientConnectedContext c5 && c5.getConnAck().isSessionPresent();
                    listener.up(first, present);
                })
                .addDisconnectedListener(ctx -> {
                    up = false;
                    if (!everUp.get() || closing.get() || ctx.getSource() == MqttDisconnectSource.USER) return;
                    if (refused(ctx.getCause())) {
                        listener.down(reason(ctx.getCause()), false);
                        return;
                    }
                    if (takenOver(ctx.getCause())) { // reconnecting would take the session back, and so on forever
                        listener.down(Text.t("class.taken.over", takenOverBy(ctx.getCause()), spec.clientId()), false);
                        return;
                    }
                    if (ctx.getReconnector().getAttempts() == 0) listener.down(reason(ctx.getCause()), true);
                    long delay = Math.min(2_000, 250L << Math.min(ctx.getReconnector().getAttempts(), 3));
                    if (ctx instanceof Mqtt5ClientDisconnectedContext c5) { // the same session on every reconnect
                        c5.getReconnector().connectWith().cleanStart(!persistent).sessionExpiryInterval(expiry(spec, persistent))
                                .keepAlive(spec.keepAliveSeconds()).applyConnect();
                    }
                    ctx.getReconnector().reconnect(true).delay(delay, TimeUnit.MILLISECONDS);
                })
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, messages);
    }

    /** Connects (waiting up to 10 s); a refused account, an unreachable host or a timeout is a {@link JoinException}. */
    static ClassLink open(JoinSpec spec, boolean persistent, Consumer<Mqtt5Publish> messages, Listener listener) throws JoinException {
        ClassLink link = new ClassLink(spec, persistent, messages, listener);
        try {
            link.client.connectWith().cleanStart(!persistent).sessionExpiryInterval(expiry(spec, persistent))
                    .keepAlive(spec.keepAliveSeconds()).send().get(10, TimeUnit.SECONDS);
            return link;
        } catch (ExecutionException e) {
            link.close();
            Throwable c = e.getCause();
            if (refused(c)) throw new JoinException("The class broker at " + spec.address() + " refused user '" + spec.user()
                    + "': " + reason(c) + ". Check the user name and password with your instructor.", c);
            throw new JoinException("Cannot reach the class broker at " + spec.address() + ": " + reason(c), c);
        } catch (TimeoutException e) {
            link.close();
            throw new JoinException("The class broker at " + spec.address() + " did not answer in 10 s.", e);
        } catch (InterruptedException e) {
            link.close();
            Thread.currentThread().interrupt();
            throw new JoinException("Interrupted while joining.", e);
        }
    }

    private static long expiry(JoinSpec spec, boolean persistent) {
        return persistent ? spec.sessionExpirySeconds() : 0;
    }

    CompletableFuture<?> subscribe(String filter) {
        return client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send();
    }

    CompletableFuture<?> publish(String topic, String payload, boolean retain) {
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(retain)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    boolean connected() {
        return up && client.getState().isConnected();
    }

    JoinSpec spec() { return spec; }

    boolean persistent() { return persistent; }

    static boolean refused(Throwable t) {
        if (!(t instanceof Mqtt5ConnAckException e)) return false;
        Mqtt5ConnAckReasonCode rc = e.getMqttMessage().getReasonCode();
        return rc == Mqtt5ConnAckReasonCode.NOT_AUTHORIZED || rc == Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD
                || rc == Mqtt5ConnAckReasonCode.BANNED;
    }

    static boolean takenOver(Throwable t) {
        return t instanceof Mqtt5DisconnectException e && e.getMqttMessage().getReasonCode() == Mqtt5DisconnectReasonCode.SESSION_TAKEN_OVER;
    }

    /** Who took the session over, as the broker's DISCONNECT said ("taken over by user 'alice' from …"). */
    static String takenOverBy(Throwable t) {
        if (t instanceof Mqtt5DisconnectException e) {
            var why = e.getMqttMessage().getReasonString();
            if (why.isPresent()) return why.get().toString();
        }
        return Text.t("class.taken.over.unknown");
    }

    static String reason(Throwable t) {
        if (t instanceof Mqtt5ConnAckException e) {
            return e.getMqttMessage().getReasonCode().name().toLowerCase().replace('_', ' ');
        }
        if (t == null) return "disconnected";
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof java.net.ConnectException c && String.valueOf(c.getMessage()).startsWith("Connection refused")) {
            return "connection refused (is the instructor's lab running, and is the address right?)";
        }
        if (root instanceof java.net.UnknownHostException) return "unknown host";
        if (root instanceof java.net.NoRouteToHostException) return "no route to host";
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        return m.replaceAll("^([\\w.$]+(Exception|Error): )+", "");
    }

    /** Disconnects cleanly (a persistent session stays at the broker) and stops reconnecting. */
    @Override
    public void close() {
        closing.set(true);
        try {
            if (client.getState().isConnectedOrReconnect()) client.disconnect().get(3, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // already gone
        }
    }
}
