package mqttlab.building;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The lecture's building management application, as its own MQTT client ({@code building-controller}):
 * it subscribes to {@code building/+/+/temperature} (and the units' retained {@code ac/state}),
 * averages each room's sensors and publishes {@code ON}/{@code OFF} to {@code building/<room>/ac/set}
 * as the {@link HysteresisPolicy} says. It works against any broker, with or without our building.
 */
public final class Controller implements AutoCloseable {

    public static final String CLIENT_ID = "building-controller";
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final Topics topics;
    private final Consumer<BuildingEvent> events;
    private final ControllerLogic logic;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Mqtt3AsyncClient client;

    private Controller(BrokerAddress address, Topics topics, HysteresisPolicy policy, Consumer<BuildingEvent> events) {
        this.topics = topics;
        this.events = events;
        this.logic = new ControllerLogic(policy);
        this.client = MqttClients.create(CLIENT_ID, address, closing::get, events, () -> {});
    }

    /** Connects and subscribes; throws {@link BuildingStartException} when the broker is not there. */
    public static Controller start(BrokerAddress address, Topics topics, HysteresisPolicy policy, Consumer<BuildingEvent> events) {
        Controller c = new Controller(address, topics, policy, events);
        var ready = MqttClients.connect(c.client, address).send()
                .thenCompose(ack -> c.client.subscribeWith().topicFilter(topics.allAcStates()).qos(MqttQos.AT_LEAST_ONCE)
                        .callback(c::onState).send())
                .thenCompose(ack -> c.client.subscribeWith().topicFilter(topics.allTemperatures()).qos(MqttQos.AT_MOST_ONCE)
                        .callback(c::onTemperature).send());
        try {
            MqttClients.await(ready, CLIENT_ID, address, CONNECT_TIMEOUT_MILLIS);
        } catch (BuildingStartException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void onState(Mqtt3Publish publish) {
        topics.parseAcState(publish.getTopic().toString()).ifPresent(room -> {
            String payload = text(publish);
            if (payload.equals("ON") || payload.equals("OFF")) {
                synchronized (logic) {
                    logic.onAcState(room, payload.equals("ON"));
                }
            }
        });
    }

    private void onTemperature(Mqtt3Publish publish) {
        topics.parseTemperature(publish.getTopic().toString()).ifPresent(roomSensor -> {
            double value;
            try {
                value = Double.parseDouble(text(publish).strip());
            } catch (NumberFormatException e) {
                return; // not a reading: the management application ignores it
            }
            if (!Double.isFinite(value)) return;
            ControllerLogic.Decision decision;
            synchronized (logic) {
                decision = logic.onReading(roomSensor[0], roomSensor[1], value).orElse(null);
            }
            if (decision == null) return;
            client.publishWith().topic(topics.acSet(decision.room())).payload(MqttClients.bytes(decision.payload()))
                    .qos(MqttQos.AT_LEAST_ONCE).send();
            events.accept(new BuildingEvent.ControllerDecided(decision.room(), decision.on(), decision.average()));
        });
    }

    private static String text(Mqtt3Publish publish) {
        return new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing.set(true);
        if (client.getState().isConnected()) client.disconnect().orTimeout(3, java.util.concurrent.TimeUnit.SECONDS).handle((r, e) -> null).join();
    }
}
