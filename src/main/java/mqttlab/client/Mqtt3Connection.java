package mqttlab.client;

import static mqttlab.text.Text.t;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3SubscribeBuilder;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.unsubscribe.Mqtt3Unsubscribe;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An MQTT 3.1.1 connection through hivemq-mqtt-client's async API. */
final class Mqtt3Connection extends RelayedConnection {
    private Mqtt3AsyncClient client;

    Mqtt3Connection(ClientSettings settings, WireLog wire) {
        super(settings, wire);
    }

    @Override
    protected CompletableFuture<Boolean> mqttConnect(int relayPort) {
        client = MqttClient.builder().useMqttVersion3().identifier(settings.clientId())
                .serverHost("127.0.0.1").serverPort(relayPort)
                .addDisconnectedListener(ctx -> disconnected(ctx.getCause()))
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, this::received);
        Mqtt3ConnectBuilder b = Mqtt3Connect.builder().cleanSession(settings.cleanSession()).keepAlive(settings.keepAlive());
        if (settings.username() != null) {
            var auth = b.simpleAuth().username(settings.username());
            b = settings.password() == null ? auth.applySimpleAuth()
                    : auth.password(settings.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        if (settings.will() != null) {
            ClientSettings.Will w = settings.will();
            b = b.willPublish().topic(w.topic()).payload(w.payload()).qos(MqttQos.fromCode(w.qos())).retain(w.retain()).applyWillPublish();
        }
        return client.connect(b.build()).handle((ack, err) -> {
            if (err == null) return ack.isSessionPresent();
            Throwable c = ConnectFailure.unwrap(err);
            if (c instanceof Mqtt3ConnAckException e) {
                int rc = e.getMqttMessage().getReturnCode().getCode();
                // 2, identifier rejected: 3.1.1 cannot say why, but the lab knows what it sent and the rules that refuse an id
                java.util.Optional<String> why = rc == 2 ? IdRejected.why(settings.clientId(), settings.username(), settings.cleanSession())
                        : java.util.Optional.empty();
                String words = ConnectFailure.connackString(rc);
                throw new ConnectFailure(why.map(w -> t("client.err.connection.v311.why", words, w)).orElseGet(() -> t("client.err.connection", words)), rc, true);
            }
            throw ConnectFailure.network(c);
        });
    }

    private void received(Mqtt3Publish p) {
        String topic = p.getTopic().toString();
        WireLog.Incoming wired = wire.claimIncoming(topic);
        messageHandler.accept(Received.basic(topic, p.getPayloadAsBytes(), p.getQos().getCode(), p.isRetain(), wired.mid(), wired.dup()));
    }

    @Override
    public CompletableFuture<List<Integer>> subscribe(List<String> filters, int qos, SubscribeOptions options) {
        List<Mqtt3Subscription> subs = new ArrayList<>();
        for (String f : filters) subs.add(Mqtt3Subscription.builder().topicFilter(f).qos(MqttQos.fromCode(qos)).build());
        Mqtt3SubscribeBuilder.Complete b = Mqtt3Subscribe.builder().addSubscriptions(subs);
        return client.subscribe(b.build()).handle((ack, err) -> {
            // a SUBACK refusing every filter fails hivemq's future; the codes are the answer all the same
            Throwable cause = err == null ? null : ConnectFailure.unwrap(err);
            if (cause instanceof Mqtt3SubAckException refused) ack = refused.getMqttMessage();
            else if (cause != null) throw new java.util.concurrent.CompletionException(cause);
            List<Integer> codes = new ArrayList<>();
            ack.getReturnCodes().forEach(c -> codes.add(c.getCode()));
            return codes;
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        var b = Mqtt3Unsubscribe.builder().topicFilter(filters.get(0));
        for (String f : filters.subList(1, filters.size())) b = b.addTopicFilter(f);
        return client.unsubscribe(b.build());
    }

    @Override
    public CompletableFuture<Void> publish(Outgoing m) {
        return client.publishWith().topic(m.topic()).payload(m.payload()).qos(MqttQos.fromCode(m.qos())).retain(m.retain())
                .send().thenApply(p -> null);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        markClosing();
        connected = false;
        if (client == null) return CompletableFuture.completedFuture(null);
        return client.disconnect().whenComplete((v, e) -> { if (relay != null) relay.close(); });
    }
}
