package mqttlab.exercises.support;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.LabSystem;

/**
 * The {@link LabSystem} for tests: Debian's mosquitto, a recording proxy as its packet tap, and the
 * stand-in building connected through the proxy. Clients connect to {@link #port()} (the proxy).
 */
public final class TestLab implements LabSystem {
    private final MosquittoBroker broker;
    private final TapProxy proxy;
    private final SimBuilding building;

    private TestLab(MosquittoBroker broker, TapProxy proxy, SimBuilding building) {
        this.broker = broker;
        this.proxy = proxy;
        this.building = building;
    }

    public static TestLab start() throws Exception {
        MosquittoBroker b = MosquittoBroker.start();
        TapProxy p = new TapProxy(b.port());
        return new TestLab(b, p, new SimBuilding("127.0.0.1", p.port(), 100));
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return proxy.port();
    }

    @Override
    public AutoCloseable onPacket(Consumer<TapEvent> listener) {
        return proxy.listen(listener);
    }

    /** Asks the broker: a fresh subscriber to '#' collects what arrives flagged RETAIN. */
    @Override
    public List<RetainedInfo> retained() {
        Mqtt3BlockingClient c = Mqtt3Client.builder().identifier("mqttlab-observer-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost("127.0.0.1").serverPort(broker.port()).buildBlocking();
        c.connect();
        List<RetainedInfo> out = new ArrayList<>();
        try (Mqtt3BlockingClient.Mqtt3Publishes pubs = c.publishes(MqttGlobalPublishFilter.ALL)) {
            c.subscribeWith().topicFilter("#").send();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < deadline) {
                Optional<Mqtt3Publish> p = pubs.receive(300, TimeUnit.MILLISECONDS);
                if (p.isEmpty()) break;
                if (p.get().isRetain()) {
                    out.add(new RetainedInfo(p.get().getTopic().toString(), p.get().getPayloadAsBytes(), p.get().getQos().getCode(), Instant.now()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            c.disconnect();
        }
        return out;
    }

    @Override
    public BuildingControl building() {
        return building;
    }

    @Override
    public boolean isInternalClient(String clientId) {
        return clientId != null && clientId.startsWith("mqttlab-");
    }

    @Override
    public boolean cut(String clientId) {
        return proxy.cut(clientId);
    }

    @Override
    public void close() {
        building.close();
        try {
            proxy.close();
            broker.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
