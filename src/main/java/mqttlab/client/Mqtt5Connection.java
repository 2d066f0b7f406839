package mqttlab.client;

import static mqttlab.text.Text.t;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserPropertiesBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5Connect;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5RetainHandling;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscribe;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscription;
import com.hivemq.client.mqtt.mqtt5.message.unsubscribe.Mqtt5Unsubscribe;
import java.nio.ByteBuffer;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubRecException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An MQTT 5 connection through hivemq-mqtt-client's async API, with the properties `-D` and `-F` use. */
final class Mqtt5Connection extends RelayedConnection {
    private Mqtt5AsyncClient client;

    /** Topic aliases the shell's v5 sessions accept from the broker. */
    static final int TOPIC_ALIAS_MAXIMUM = 16;

    Mqtt5Connection(ClientSettings settings, WireLog wire) {
        super(settings, wire);
    }

    @Override
    protected CompletableFuture<Boolean> mqttConnect(int relayPort) {
        client = MqttClient.builder().useMqttVersion5().identifier(settings.clientId())
                .serverHost("127.0.0.1").serverPort(relayPort)
                .addDisconnectedListener(ctx -> disconnected(ctx.getCause()))
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, this::received);
        // Topic Alias Maximum: the broker may then name topics by number, and `trace` shows and explains it
        Mqtt5ConnectBuilder b = Mqtt5Connect.builder().cleanStart(settings.cleanSession()).keepAlive(settings.keepAlive())
                .restrictions().topicAliasMaximum(TOPIC_ALIAS_MAXIMUM).applyRestrictions();
        if (settings.sessionExpiry() >= 0) b = b.sessionExpiryInterval(settings.sessionExpiry());
        if (settings.username() != null) {
            var auth = b.simpleAuth().username(settings.username());
            b = settings.password() == null ? auth.applySimpleAuth()
                    : auth.password(settings.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        if (settings.will() != null) {
            ClientSettings.Will w = settings.will();
            b = b.willPublish().topic(w.topic()).payload(w.payload()).qos(MqttQos.fromCode(w.qos())).retain(w.retain()).applyWillPublish();
        }
        if (!settings.connectProperties().isEmpty()) b = b.userProperties(userProperties(settings.connectProperties()));
        return client.connect(b.build()).handle((ack, err) -> {
            if (err == null) {
                ack.getAssignedClientIdentifier().ifPresent(id -> clientId = id.toString());
                return ack.isSessionPresent();
            }
            Throwable c = ConnectFailure.unwrap(err);
            if (c instanceof Mqtt5ConnAckException e) {
                throw ConnectFailure.refusedV5(e.getMqttMessage().getReasonCode().getCode(), RefusalReason.of(e.getMqttMessage().getUserProperties()));
            }
            if (BrokerQuirks.closedWithoutConnack(c)) throw BrokerQuirks.closedAtMqtt5Connect(ConnectFailure.network(c));
            throw ConnectFailure.network(c);
        });
    }

    private static Mqtt5UserProperties userProperties(List<ClientSettings.UserProperty> props) {
        Mqtt5UserPropertiesBuilder b = Mqtt5UserProperties.builder();
        for (ClientSettings.UserProperty p : props) b = b.add(p.name(), p.value());
        return b.build();
    }

    private void received(Mqtt5Publish p) {
        String topic = p.getTopic().toString();
        List<ClientSettings.UserProperty> ups = new ArrayList<>();
        p.getUserProperties().asList().forEach(u -> ups.add(new ClientSettings.UserProperty(u.getName().toString(), u.getValue().toString())));
        byte[] corr = p.getCorrelationData().map(Mqtt5Connection::bytes).orElse(null);
        Long expiry = p.getMessageExpiryInterval().isPresent() ? p.getMessageExpiryInterval().getAsLong() : null;
        Integer format = p.getPayloadFormatIndicator().map(f -> f.getCode()).orElse(null);
        WireLog.Incoming wired = wire.claimIncoming(topic);
        messageHandler.accept(new Received(topic, p.getPayloadAsBytes(), p.getQos().getCode(), p.isRetain(),
                wired.mid(), Instant.now(), p.getContentType().map(Object::toString).orElse(null), corr,
                expiry, format, p.getResponseTopic().map(Object::toString).orElse(null), ups, wired.dup()));
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    @Override
    public CompletableFuture<List<Integer>> subscribe(List<String> filters, int qos, SubscribeOptions o) {
        List<Mqtt5Subscription> subs = new ArrayList<>();
        for (String f : filters) {
            subs.add(Mqtt5Subscription.builder().topicFilter(f).qos(MqttQos.fromCode(qos)).noLocal(o.noLocal())
                    .retainAsPublished(o.retainAsPublished()).retainHandling(Mqtt5RetainHandling.fromCode(o.retainHandling())).build());
        }
        return client.subscribe(Mqtt5Subscribe.builder().addSubscriptions(subs).build()).handle((ack, err) -> {
            // a SUBACK refusing every filter fails hivemq's future; the codes are the answer all the same
            Throwable cause = err == null ? null : ConnectFailure.unwrap(err);
            if (cause instanceof Mqtt5SubAckException refused) ack = refused.getMqttMessage();
            else if (cause != null) throw new java.util.concurrent.CompletionException(cause);
            List<Integer> codes = new ArrayList<>();
            ack.getReasonCodes().forEach(c -> codes.add(c.getCode()));
            return codes;
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        var b = Mqtt5Unsubscribe.builder().topicFilter(filters.get(0));
        for (String f : filters.subList(1, filters.size())) b = b.addTopicFilter(f);
        return client.unsubscribe(b.build()).thenApply(a -> null);
    }

    @Override
    public CompletableFuture<Void> publish(Outgoing m) {
        Mqtt5PublishBuilder.Complete b = Mqtt5Publish.builder().topic(m.topic()).payload(m.payload())
                .qos(MqttQos.fromCode(m.qos())).retain(m.retain());
        if (m.contentType() != null) b = b.contentType(m.contentType());
        if (m.correlationData() != null) b = b.correlationData(m.correlationData());
        if (m.messageExpiry() != null) b = b.messageExpiryInterval(m.messageExpiry());
        if (m.payloadFormat() != null) b = b.payloadFormatIndicator(Mqtt5PayloadFormatIndicator.fromCode(m.payloadFormat()));
        if (m.responseTopic() != null) b = b.responseTopic(m.responseTopic());
        if (!m.userProperties().isEmpty()) b = b.userProperties(userProperties(m.userProperties()));
        return client.publish(b.build()).handle((r, err) -> {
            // a refusal comes as the result's error or as the future's, depending on the QoS flow
            Throwable e = err != null ? ConnectFailure.unwrap(err) : r.getError().orElse(null);
            if (e == null) return null;
            if (e instanceof Mqtt5PubAckException a) e = new PublishRefused(m.topic(), "PUBACK", a.getMqttMessage().getReasonCode().getCode());
            else if (e instanceof Mqtt5PubRecException rec) e = new PublishRefused(m.topic(), "PUBREC", rec.getMqttMessage().getReasonCode().getCode());
            throw new java.util.concurrent.CompletionException(e);
        });
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        markClosing();
        connected = false;
        if (client == null) return CompletableFuture.completedFuture(null);
        return client.disconnect().whenComplete((v, e) -> { if (relay != null) relay.close(); });
    }
}
