package mqttlab.building;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One temperature sensor as an MQTT client ({@code sensor-125-1}). It leaves a will, {@code offline}
 * retained on its status topic, announces {@code online} there once connected, and publishes each
 * reading at QoS 0 on {@code building/<room>/<sensor>/temperature}.
 */
final class SensorClient {

    final String room;
    final String sensor;
    final String clientId;
    private final Topics topics;
    private final BrokerAddress address;
    private final Mqtt3AsyncClient client;
    private final AtomicBoolean unplugged = new AtomicBoolean();

    SensorClient(String room, int index, Topics topics, BrokerAddress address, BooleanSupplier closing,
                 Consumer<BuildingEvent> events) {
        this.room = room;
        this.sensor = Topics.sensorName(index);
        this.clientId = clientId(room, index);
        this.topics = topics;
        this.address = address;
        this.client = MqttClients.create(clientId, address, () -> closing.getAsBoolean() || unplugged.get(), events,
                this::announceOnline);
    }

    private void announceOnline() {
        MqttClients.publish(client, topics.status(room, sensor), "online", MqttQos.AT_LEAST_ONCE, true);
    }

    /** {@code sensor-125-1} */
    static String clientId(String room, int index) {
        return "sensor-" + room + "-" + index;
    }

    CompletableFuture<?> connect() {
        return MqttClients.connect(client, address)
                .willPublish().topic(topics.status(room, sensor)).payload(MqttClients.bytes("offline"))
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).applyWillPublish()
                .send();
    }

    boolean online() {
        return client.getState().isConnected();
    }

    /** Publishes a reading if connected; readings taken while offline are lost, as with a real sensor. */
    boolean publish(Reading reading) {
        if (!online()) return false;
        MqttClients.publish(client, topics.temperature(room, sensor), reading.payload(), MqttQos.AT_MOST_ONCE, false);
        return true;
    }

    /** Stops reconnecting: once its connection drops (cut at the broker: the will fires) it stays offline. */
    void unplug() {
        unplugged.set(true);
    }

    /** Plugged back in: connects again if it is offline. */
    CompletableFuture<?> plug() {
        unplugged.set(false);
        return online() ? CompletableFuture.completedFuture(null) : connect();
    }

    /** A clean goodbye sends no will, so the sensor says {@code offline} itself before it leaves. */
    CompletableFuture<?> stop() {
        if (!online()) return CompletableFuture.completedFuture(null);
        return client.publishWith().topic(topics.status(room, sensor)).payload(MqttClients.bytes("offline"))
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).send()
                .handle((r, e) -> null)
                .thenCompose(x -> client.disconnect())
                .handle((r, e) -> null);
    }
}
