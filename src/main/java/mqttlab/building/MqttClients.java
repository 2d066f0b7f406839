package mqttlab.building;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How the building's MQTT 3.1.1 clients are made: the HiveMQ client (whose clients share one Netty
 * event loop group), a clean session, and reconnects with back-off once a first connection worked,
 * so a broker restart does not leave the building dark. The first connection fails fast instead.
 */
final class MqttClients {

    private MqttClients() {}

    /** A client that reports its connection changes; after a first success it reconnects unless {@code stayDown}. */
    static Mqtt3AsyncClient create(String clientId, BrokerAddress address, BooleanSupplier stayDown,
                                   Consumer<BuildingEvent> events, Runnable onConnected) {
        AtomicBoolean everConnected = new AtomicBoolean();
        return MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost(address.host()).serverPort(address.port())
                .addConnectedListener(ctx -> {
                    everConnected.set(true);
                    events.accept(new BuildingEvent.ConnectionChanged(clientId, true, "connected to " + address));
                    onConnected.run();
                })
                .addDisconnectedListener(ctx -> {
                    if (!everConnected.get()) return;
                    String cause = ctx.getCause().getMessage();
                    events.accept(new BuildingEvent.ConnectionChanged(clientId, false, cause == null ? "disconnected" : cause));
                    if (!stayDown.getAsBoolean() && ctx.getSource() != MqttDisconnectSource.USER) {
                        int attempts = ctx.getReconnector().getAttempts();
                        long delayMillis = Math.min(5_000, 250L << Math.min(attempts, 5));
                        ctx.getReconnector().reconnect(true).delay(delayMillis, TimeUnit.MILLISECONDS);
                    }
                })
                .buildAsync();
    }

    /** The CONNECT every building client sends: clean session, credentials when given. */
    static Mqtt3ConnectBuilder.Send<CompletableFuture<com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAck>>
            connect(Mqtt3AsyncClient client, BrokerAddress address) {
        var connect = client.connectWith().cleanSession(true).keepAlive(30);
        if (address.username().isPresent()) {
            var auth = connect.simpleAuth().username(address.username().get());
            address.password().ifPresent(p -> auth.password(p.getBytes(StandardCharsets.UTF_8)));
            return auth.applySimpleAuth();
        }
        return connect;
    }

    /** Why the connection failed, in the reader's language ("연결 거부"), or the innermost message without Netty's trailing address. */
    static String reason(Throwable e) {
        return mqttlab.text.Cause.known(e).map(mqttlab.text.Phrase::shown).orElseGet(() -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return message.replaceFirst(": /\\S+$", "");
        });
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void publish(Mqtt3AsyncClient client, String topic, String payload, MqttQos qos, boolean retain) {
        client.publishWith().topic(topic).payload(bytes(payload)).qos(qos).retain(retain).send();
    }

    /** Waits for a connection; a failure becomes one line naming the client and the broker. */
    static void await(CompletableFuture<?> future, String clientId, BrokerAddress address, long timeoutMillis) {
        try {
            future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BuildingStartException(mqttlab.text.Text.t("building.connect.timeout", clientId, address, timeoutMillis / 1000));
        } catch (ExecutionException | CompletionException e) {
            throw new BuildingStartException(mqttlab.text.Text.t("building.connect.failed", clientId, address, reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildingStartException(mqttlab.text.Text.t("building.connect.interrupted", clientId, address));
        }
    }
}
