package mqttlab.classroom;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A student's own program (not the lab): a plain MQTT 5 client that records "topic payload" lines. */
final class Peer implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    final Mqtt5AsyncClient client;

    private Peer(Mqtt5AsyncClient client, Consumer<String> sink) {
        this.client = client;
        Consumer<String> to = sink != null ? sink : received::add;
        client.publishes(MqttGlobalPublishFilter.ALL, p -> to.accept(p.getTopic() + " " + new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)));
    }

    /** Connects as {@code user} (null: anonymous); throws what the client threw (e.g. a CONNACK refusal). */
    static Peer connect(int port, String user, String password) throws Exception {
        return connect(port, user, password, null);
    }

    /** As {@link #connect(int, String, String)}, handing each "topic payload" line to {@code sink} instead of keeping it. */
    static Peer connect(int port, String user, String password, Consumer<String> sink) throws Exception {
        Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier((user == null ? "" : user + "-") + "peer-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        Peer p = new Peer(c, sink);
        var connect = c.connectWith().cleanStart(true);
        try {
            if (user != null) connect.simpleAuth().username(user).password(password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send().get(5, TimeUnit.SECONDS);
            else connect.send().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
        return p;
    }

    void subscribe(String filter) throws Exception {
        client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send().get(5, TimeUnit.SECONDS);
    }

    /** QoS 1 publish; the PUBACK comes even when the ACL drops the message (as mosquitto does for MQTT 3; v5 may say so). */
    void publish(String topic, String payload, boolean retain) throws Exception {
        try {
            client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(retain)
                    .payload(payload.getBytes(StandardCharsets.UTF_8)).send().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // a v5 PUBACK with "not authorized" surfaces here; the test looks at what was delivered
        }
    }

    @Override
    public void close() throws Exception {
        if (client.getState().isConnected()) client.disconnect().get(5, TimeUnit.SECONDS);
    }
}
