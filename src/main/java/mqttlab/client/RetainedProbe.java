package mqttlab.client;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures, once, whether a broker hands retained messages to a new subscription with a wildcard
 * [MQTT-3.3.1-6], as mosquitto does and RabbitMQ 3.10 does not: one retained message on a topic of
 * the lab's own (under the account's {@code students/<user>/}, which the classroom ACL lets it write), a subscription to
 * {@code <base>/+}, and for comparison one to the exact topic; the retained message is cleared
 * afterwards. Asked of external brokers only; the embedded broker follows the standard.
 */
public final class RetainedProbe {
    /** What the probe found. */
    public enum Result { DELIVERED, NOT_ON_WILDCARD, UNKNOWN }

    /** What was measured, by broker address: a fact about that broker, the same for every shell in this process. */
    private static final java.util.Map<String, Result> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private RetainedProbe() { }

    /** What the last measurement of the broker at {@code host:port} found; UNKNOWN before one. */
    public static Result known(String host, int port) {
        return KNOWN.getOrDefault(host + ":" + port, Result.UNKNOWN);
    }

    /** How the lab's own probes' client ids begin (after the class account's name and a dash, in a class). */
    public static final String PREFIX = "mqttlab-probe-";

    /** Whether this client is one of the lab's probes (this one's or BrokerProbe's), not the student's. */
    public static boolean isProbe(String clientId) {
        return clientId != null && (clientId.startsWith(PREFIX) || clientId.contains("-" + PREFIX));
    }

    /** Measures and remembers ({@link #known}); {@code user}/{@code password}: the shell's credentials (null: anonymous); {@code classUser}: null outside a class. */
    public static Result measure(String host, int port, String user, String password, String classUser) {
        Result r = probe(host, port, user, password, classUser);
        KNOWN.put(host + ":" + port, r);
        return r;
    }

    private static Result probe(String host, int port, String user, String password, String classUser) {
        String id = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        String owner = classUser != null ? classUser : user; // the lab's topic space for an account: students/<user>/
        String base = (owner != null ? "students/" + owner + "/lab/probe/" : "mqttlab/probe/") + id.substring(id.length() - 8);
        String topic = base + "/retained";
        var builder = MqttClient.builder().useMqttVersion3().identifier(classUser != null ? classUser + "-" + id : id)
                .serverHost(host).serverPort(port);
        if (user != null) {
            var auth = builder.simpleAuth().username(user);
            if (password != null) auth = auth.password(password.getBytes(StandardCharsets.UTF_8));
            builder = auth.applySimpleAuth();
        }
        Mqtt3AsyncClient c = builder.buildAsync();
        CountDownLatch wildcard = new CountDownLatch(1);
        CountDownLatch exact = new CountDownLatch(1);
        boolean[] wildcardPhase = {true};
        c.publishes(MqttGlobalPublishFilter.ALL, p -> {
            if (!p.getTopic().toString().equals(topic) || !p.isRetain()) return;
            if (wildcardPhase[0]) wildcard.countDown();
            else exact.countDown();
        });
        try {
            // a short keep alive: if the link drops mid-probe, the broker drops the probe within 7.5 s instead of
            // holding it for 45 s (a classroom's scoreboard would show the student online meanwhile)
            c.connectWith().cleanSession(true).keepAlive(5).send().get(5, TimeUnit.SECONDS);
            c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(true).payload("probe".getBytes(StandardCharsets.UTF_8))
                    .send().get(5, TimeUnit.SECONDS);
            c.subscribeWith().topicFilter(base + "/+").qos(MqttQos.AT_LEAST_ONCE).send().get(5, TimeUnit.SECONDS);
            if (wildcard.await(1500, TimeUnit.MILLISECONDS)) return Result.DELIVERED;
            c.unsubscribeWith().topicFilter(base + "/+").send().get(5, TimeUnit.SECONDS);
            wildcardPhase[0] = false;
            c.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).send().get(5, TimeUnit.SECONDS);
            return exact.await(1500, TimeUnit.MILLISECONDS) ? Result.NOT_ON_WILDCARD : Result.UNKNOWN;
        } catch (Exception e) {
            return Result.UNKNOWN; // not allowed to publish there, or the broker went away: say nothing rather than guess
        } finally {
            try {
                if (c.getState().isConnected()) {
                    c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).retain(true).payload(new byte[0]).send().get(5, TimeUnit.SECONDS);
                    c.disconnect().get(5, TimeUnit.SECONDS);
                }
            } catch (Exception ignored) {
                // the probe's retained message stays; it is empty of meaning and under the lab's own topic
            }
        }
    }

    /** True when {@code filter} has a wildcard level. */
    public static boolean hasWildcard(String filter) {
        for (String level : filter.split("/", -1)) if (level.equals("+") || level.equals("#")) return true;
        return false;
    }
}
