package mqttlab.classroom;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import mqttlab.client.RefusalReason;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Text;

/**
 * One MQTT 5 connection to the class broker (HiveMQ client; MQTT 3.1.1 when the broker has no MQTT 5,
 * as RabbitMQ 3.10) that keeps itself up: a persistent
 * session when asked, and after a first success it reconnects with back-off (250 ms doubling to
 * 2 s) whenever the link breaks, except when the broker refuses the account. The first connection
 * fails fast with a {@link JoinException} whose message is for people.
 */
final class ClassLink implements AutoCloseable {
    /** Connection changes, called on the client's threads. */
    interface Listener {
        void up(boolean first, boolean sessionPresent);

        void down(String reason, boolean retrying);

        /**
         * Another connection took this link's client id (DISCONNECT 0x8E); {@code by} is who, as the
         * broker said. The link does not reconnect under the same id, which would take it back and so
         * on forever; by default that is the end of it.
         */
        default void takenOver(String by, String clientId) {
            down(Text.t("class.taken.over", by, clientId), false);
        }
    }

    /** What the link may say for its user when it goes away without DISCONNECT (a will), or nothing. */
    record Will(String topic, String payload) { }

    private final JoinSpec spec;
    private final boolean persistent;
    private final Will will;
    private final BiConsumer<String, byte[]> messages;
    private final Listener listener;
    /** The MQTT 5 client, or null when the broker speaks only 3.1.1 and {@link #v3} is used. */
    private volatile Mqtt5AsyncClient client;
    private volatile Mqtt3AsyncClient v3;
    private final AtomicBoolean everUp = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Set by the listeners, so it is false as soon as a loss is reported (the client's own state lags behind). */
    private volatile boolean up;

    private ClassLink(JoinSpec spec, boolean persistent, Will will, BiConsumer<String, byte[]> messages, Listener listener) {
        this.spec = spec;
        this.persistent = persistent;
        this.will = will;
        this.messages = messages;
        this.listener = listener;
    }

    private Mqtt5AsyncClient build5() {
        Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier(spec.clientId())
                .serverHost(spec.host()).serverPort(spec.port()).sslConfig(ClassTls.config(spec))
                // credentials on the client, not the CONNECT, so that reconnects send them too (hivemq-mqtt-client#574)
                .simpleAuth().username(spec.user()).password(spec.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .addConnectedListener(ctx -> {
                    boolean present = ctx instanceof Mqtt5ClientConnectedContext c5 && c5.getConnAck().isSessionPresent();
                    connected(present);
                })
                .addDisconnectedListener(ctx -> {
                    up = false;
                    if (!everUp.get() || closing.get() || ctx.getSource() == MqttDisconnectSource.USER) return;
                    if (refused(ctx.getCause())) {
                        listener.down(reason(ctx.getCause()), false);
                        return;
                    }
                    if (takenOver(ctx.getCause())) { // reconnecting would take the session back, and so on forever
                        listener.takenOver(takenOverBy(ctx.getCause()), spec.clientId());
                        return;
                    }
                    if (ctx.getReconnector().getAttempts() == 0) listener.down(reason(ctx.getCause()), true);
                    if (ctx instanceof Mqtt5ClientDisconnectedContext c5) { // the same session on every reconnect
                        c5.getReconnector().connectWith().cleanStart(!persistent).sessionExpiryInterval(expiry(spec, persistent))
                                .keepAlive(spec.keepAliveSeconds()).applyConnect();
                    }
                    ctx.getReconnector().reconnect(true).delay(backOff(ctx.getReconnector().getAttempts()), TimeUnit.MILLISECONDS);
                })
                .buildAsync();
        c.publishes(MqttGlobalPublishFilter.ALL, p -> messages.accept(p.getTopic().toString(), p.getPayloadAsBytes()));
        return c;
    }

    /** The same link in MQTT 3.1.1, for brokers without MQTT 5 (RabbitMQ 3.10): a persistent session is cleanSession=false. */
    private Mqtt3AsyncClient build3() {
        Mqtt3AsyncClient c = MqttClient.builder().useMqttVersion3().identifier(spec.clientId())
                .serverHost(spec.host()).serverPort(spec.port()).sslConfig(ClassTls.config(spec))
                .simpleAuth().username(spec.user()).password(spec.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .addConnectedListener(ctx -> connected(ctx instanceof Mqtt3ClientConnectedContext c3 && c3.getConnAck().isSessionPresent()))
                .addDisconnectedListener(ctx -> {
                    up = false;
                    if (!everUp.get() || closing.get() || ctx.getSource() == MqttDisconnectSource.USER) return;
                    if (refused(ctx.getCause())) {
                        listener.down(reason(ctx.getCause()), false);
                        return;
                    }
                    if (ctx.getReconnector().getAttempts() == 0) listener.down(reason(ctx.getCause()), true);
                    ctx.getReconnector().reconnect(true).delay(backOff(ctx.getReconnector().getAttempts()), TimeUnit.MILLISECONDS);
                })
                .buildAsync();
        c.publishes(MqttGlobalPublishFilter.ALL, p -> messages.accept(p.getTopic().toString(), p.getPayloadAsBytes()));
        return c;
    }

    private void connected(boolean sessionPresent) {
        up = true;
        listener.up(everUp.compareAndSet(false, true), sessionPresent);
    }

    /** 250 ms doubling to 2 s. */
    private static long backOff(int attempts) {
        return Math.min(2_000, 250L << Math.min(attempts, 3));
    }

    /**
     * Connects (waiting up to 10 s each way): in MQTT 5 first, and in 3.1.1 when the broker does not take
     * MQTT 5 (it closes the connection or answers "unsupported protocol version"); a refused account, an
     * unreachable host or a timeout is a {@link JoinException}.
     */
    static ClassLink open(JoinSpec spec, boolean persistent, BiConsumer<String, byte[]> messages, Listener listener) throws JoinException {
        return open(spec, persistent, null, messages, listener);
    }

    /** As {@link #open(JoinSpec, boolean, BiConsumer, Listener)}, with a will the broker publishes when the link dies. */
    static ClassLink open(JoinSpec spec, boolean persistent, Will will, BiConsumer<String, byte[]> messages, Listener listener) throws JoinException {
        ClassLink link = new ClassLink(spec, persistent, will, messages, listener);
        try {
            Throwable v5Failure;
            link.client = link.build5();
            try {
                var connect = link.client.connectWith().cleanStart(!persistent).sessionExpiryInterval(expiry(spec, persistent))
                        .keepAlive(spec.keepAliveSeconds());
                if (will != null) connect = connect.willPublish().topic(will.topic()).payload(will.payload().getBytes(StandardCharsets.UTF_8))
                        .qos(MqttQos.AT_LEAST_ONCE).applyWillPublish();
                connect.send().get(10, TimeUnit.SECONDS);
                return link;
            } catch (ExecutionException e) {
                v5Failure = e.getCause();
                if (refused(v5Failure) || unreachable(v5Failure)) throw e;
            }
            link.quiet(link.client);
            link.client = null;
            link.v3 = link.build3();
            var connect = link.v3.connectWith().cleanSession(!persistent).keepAlive(spec.keepAliveSeconds());
            if (will != null) connect = connect.willPublish().topic(will.topic()).payload(will.payload().getBytes(StandardCharsets.UTF_8))
                    .qos(MqttQos.AT_LEAST_ONCE).applyWillPublish();
            connect.send().get(10, TimeUnit.SECONDS);
            return link;
        } catch (ExecutionException e) {
            link.close();
            Throwable c = e.getCause();
            if (refused(c)) throw new JoinException(Text.t("class.join.refused", spec.address(), spec.user(), reason(c)), c);
            throw new JoinException(Text.t("class.join.unreachable", spec.address(), reason(c)), c);
        } catch (TimeoutException e) {
            link.close();
            throw new JoinException(Text.t("class.join.timeout", spec.address()), e);
        } catch (InterruptedException e) {
            link.close();
            Thread.currentThread().interrupt();
            throw new JoinException(Text.t("class.join.interrupted"), e);
        }
    }

    private void quiet(Mqtt5AsyncClient c) {
        try {
            if (c.getState().isConnectedOrReconnect()) c.disconnect().get(1, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // it is gone; the 3.1.1 client takes over
        }
    }

    /** True when the link speaks MQTT 5; false when the broker took only MQTT 3.1.1. */
    boolean mqtt5() { return client != null; }

    private static long expiry(JoinSpec spec, boolean persistent) {
        return persistent ? spec.sessionExpirySeconds() : 0;
    }

    CompletableFuture<?> subscribe(String filter) {
        if (client == null) return v3.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send();
        return client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send();
    }

    CompletableFuture<?> publish(String topic, String payload, boolean retain) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        if (client == null) return v3.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(retain).payload(bytes).send();
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(retain).payload(bytes).send();
    }

    boolean connected() {
        return up && (client != null ? client.getState().isConnected() : v3 != null && v3.getState().isConnected());
    }

    JoinSpec spec() { return spec; }

    boolean persistent() { return persistent; }

    static boolean refused(Throwable t) {
        if (t instanceof Mqtt3ConnAckException e3) {
            Mqtt3ConnAckReturnCode rc = e3.getMqttMessage().getReturnCode();
            return rc == Mqtt3ConnAckReturnCode.NOT_AUTHORIZED || rc == Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD;
        }
        if (!(t instanceof Mqtt5ConnAckException e)) return false;
        Mqtt5ConnAckReasonCode rc = e.getMqttMessage().getReasonCode();
        return rc == Mqtt5ConnAckReasonCode.NOT_AUTHORIZED || rc == Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD
                || rc == Mqtt5ConnAckReasonCode.BANNED;
    }

    /** Nobody listens there (or no such host): trying MQTT 3.1.1 would fail the same way. */
    private static boolean unreachable(Throwable t) {
        Throwable root = t;
        while (root != null && root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException
                || root instanceof java.net.NoRouteToHostException;
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

    /**
     * A refusing CONNACK's code in words ("not authorized"): the catalogue has the codes a class
     * meets; any other MQTT 5 code is its name with its hex code, and 3.1.1 has no others.
     */
    private static String connAck(String name, int code) {
        String key = "class.reason.connack." + name;
        if (Text.has(key)) return Text.t(key);
        return Text.t("class.reason.connack.other", String.format("%02X", code), ReasonCode.phrase(code, PacketType.CONNACK));
    }

    static String reason(Throwable t) {
        if (t instanceof Mqtt5ConnAckException e) {
            var ack = e.getMqttMessage();
            String words = connAck(ack.getReasonCode().name(), ack.getReasonCode().getCode());
            return RefusalReason.in(RefusalReason.of(ack.getUserProperties())).map(why -> Text.t("class.reason.connack.why", words, why)).orElse(words);
        }
        if (t instanceof Mqtt3ConnAckException e) {
            return connAck(e.getMqttMessage().getReturnCode().name(), e.getMqttMessage().getReturnCode().getCode());
        }
        if (t instanceof Mqtt5DisconnectException e) {
            return Text.t("client.lost.disconnect", ReasonCode.shown(e.getMqttMessage().getReasonCode().getCode(), PacketType.DISCONNECT));
        }
        if (t == null) return Text.t("class.reason.disconnected");
        if (t instanceof com.hivemq.client.mqtt.exceptions.ConnectionClosedException) return Text.t("client.lost.no.disconnect");
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof java.net.ConnectException c && String.valueOf(c.getMessage()).startsWith("Connection refused")) {
            return Text.t("class.reason.refused");
        }
        if (root instanceof java.net.UnknownHostException) return Text.t("class.reason.unknown.host");
        if (root instanceof java.net.NoRouteToHostException) return Text.t("class.reason.no.route");
        return mqttlab.text.Cause.of(t);
    }

    /** Disconnects cleanly (a persistent session stays at the broker) and stops reconnecting. */
    @Override
    public void close() {
        closing.set(true);
        try {
            if (client != null && client.getState().isConnectedOrReconnect()) client.disconnect().get(3, TimeUnit.SECONDS);
            if (v3 != null && v3.getState().isConnectedOrReconnect()) v3.disconnect().get(3, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // already gone
        }
    }
}
