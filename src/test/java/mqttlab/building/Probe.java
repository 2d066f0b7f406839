package mqttlab.building;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import mqttlab.testsupport.Await;

/** A test's own MQTT client: subscribes, remembers what arrives, publishes commands. */
final class Probe implements AutoCloseable {

    record Message(String topic, String payload, boolean retained) {}

    private final Mqtt3AsyncClient client;
    final List<Message> received = new CopyOnWriteArrayList<>();

    Probe(String id, String host, int port) {
        client = MqttClient.builder().useMqttVersion3().identifier(id).serverHost(host).serverPort(port).buildAsync();
        client.connect().join();
    }

    Probe subscribe(String filter) {
        client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> received.add(new Message(p.getTopic().toString(),
                        new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8), p.isRetain())))
                .send().join();
        return this;
    }

    void publish(String topic, String payload) {
        client.publishWith().topic(topic).payload(payload.getBytes(StandardCharsets.UTF_8)).qos(MqttQos.AT_LEAST_ONCE).send().join();
    }

    Message await(Predicate<Message> what, Duration timeout) throws InterruptedException {
        return Await.value(() -> received.stream().filter(what).findFirst().orElse(null), timeout,
                () -> "no such message; received " + received.size() + ", last: "
                        + received.subList(Math.max(0, received.size() - 5), received.size()));
    }

    @Override
    public void close() {
        client.disconnect().join();
    }
}
