package mqttlab.building;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One A/C unit as an MQTT client ({@code ac-125}): it subscribes to {@code building/<room>/ac/set}
 * and publishes its state, retained, on {@code building/<room>/ac/state} when it connects and
 * whenever it changes. What a command means is the {@link Building}'s business ({@link Commands}).
 */
final class AcUnitClient {

    /** Receives every message on the unit's command topic. */
    interface Commands {
        void command(String room, String topic, String payload);
    }

    final String room;
    final String clientId;
    private final Topics topics;
    private final BrokerAddress address;
    private final Mqtt3AsyncClient client;

    AcUnitClient(String room, Topics topics, BrokerAddress address, BooleanSupplier closing,
                 Consumer<BuildingEvent> events, BooleanSupplier state) {
        this.room = room;
        this.clientId = "ac-" + room;
        this.topics = topics;
        this.address = address;
        this.client = MqttClients.create(clientId, address, closing, events, () -> publishState(state.getAsBoolean()));
    }

    /** Connects and subscribes; the future completes when the subscription is acknowledged. */
    CompletableFuture<?> connect(Commands commands) {
        return MqttClients.connect(client, address).send()
                .thenCompose(ack -> client.subscribeWith().topicFilter(topics.acSet(room)).qos(MqttQos.AT_LEAST_ONCE)
                        .callback(p -> commands.command(room, p.getTopic().toString(),
                                new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)))
                        .send());
    }

    void publishState(boolean on) {
        if (client.getState().isConnected())
            MqttClients.publish(client, topics.acState(room), on ? "ON" : "OFF", MqttQos.AT_LEAST_ONCE, true);
    }

    boolean online() {
        return client.getState().isConnected();
    }

    CompletableFuture<?> stop() {
        if (!online()) return CompletableFuture.completedFuture(null);
        return client.disconnect().handle((r, e) -> null);
    }

    /** {@code ON} → true, {@code OFF} → false, exactly as the lecture writes them; nothing else. */
    static Optional<Boolean> parse(String payload) {
        if (payload.equals("ON")) return Optional.of(true);
        if (payload.equals("OFF")) return Optional.of(false);
        return Optional.empty();
    }

    /** Why a payload is not a command, in words that help fix it. */
    static String whyRejected(String payload) {
        if (payload.isEmpty()) return "empty payload; send ON or OFF";
        if (payload.strip().equals("ON") || payload.strip().equals("OFF")) return "spaces or a newline around the command; send exactly ON or OFF";
        if (payload.strip().equalsIgnoreCase("on") || payload.strip().equalsIgnoreCase("off")) return "commands are upper case: ON or OFF";
        return "not a command; send ON or OFF";
    }
}
