package mqttlab.exercises;

import static mqttlab.text.Text.t;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.tap.TapEvent;

/**
 * A broker the lab does not run ({@code --broker URL}): reachable as a client only, so there is no
 * packet tap and no building; quizzes work, and the retained store is read by subscribing.
 */
public final class RemoteLab implements LabSystem {
    private final String host;
    private final int port;

    public RemoteLab(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** {@code tcp://host:port}, {@code mqtt://host:port} or {@code host:port} (port 1883 when missing). */
    public static RemoteLab parse(String url) {
        String u = url.contains("://") ? url : "tcp://" + url;
        URI uri = URI.create(u);
        if (uri.getHost() == null) throw new IllegalArgumentException("not a broker address: " + url + " (try tcp://HOST:1883)");
        return new RemoteLab(uri.getHost(), uri.getPort() < 0 ? 1883 : uri.getPort());
    }

    @Override
    public String host() { return host; }

    @Override
    public int port() { return port; }

    @Override
    public AutoCloseable onPacket(Consumer<TapEvent> listener) {
        throw new LabUnavailableException(t("check.remote.no.tap", host, port));
    }

    @Override
    public List<RetainedInfo> retained() {
        Mqtt3BlockingClient c = Mqtt3Client.builder().identifier("mqttlab-observer-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(host).serverPort(port).buildBlocking();
        c.connect();
        List<RetainedInfo> out = new ArrayList<>();
        try (Mqtt3BlockingClient.Mqtt3Publishes pubs = c.publishes(MqttGlobalPublishFilter.ALL)) {
            c.subscribeWith().topicFilter("#").send();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < deadline) {
                Optional<Mqtt3Publish> p = pubs.receive(300, TimeUnit.MILLISECONDS);
                if (p.isEmpty() || !p.get().isRetain()) break;   // retained messages come first
                out.add(new RetainedInfo(p.get().getTopic().toString(), p.get().getPayloadAsBytes(), p.get().getQos().getCode(), Instant.now()));
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
        throw new LabUnavailableException(t("check.remote.no.building"));
    }

    @Override
    public boolean isInternalClient(String clientId) {
        return clientId != null && clientId.startsWith("mqttlab-");
    }

    @Override
    public boolean cut(String clientId) {
        return false;
    }
}
