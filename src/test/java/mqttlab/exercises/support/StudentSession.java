package mqttlab.exercises.support;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mqttlab.exercises.LabSystem;

/**
 * Plays a student's shell session from a commands.txt, with HiveMQ clients against the lab:
 * {@code mosquitto_sub}/{@code sub} (-t -q -i -c -C -E -W -k --will-*), {@code mosquitto_pub}/{@code pub}
 * (-t -m -n -q -r -i), {@code sleep SECONDS} and {@code cut CLIENT_ID}. A subscriber without -C, -E
 * or -W keeps running in the background, as in another terminal, until the session ends.
 */
public final class StudentSession implements AutoCloseable {
    private final LabSystem lab;
    private final List<Mqtt3BlockingClient> background = new ArrayList<>();

    public StudentSession(LabSystem lab) {
        this.lab = lab;
    }

    public static void play(LabSystem lab, Path commands) throws Exception {
        try (StudentSession s = new StudentSession(lab)) {
            for (String line : Files.readAllLines(commands, StandardCharsets.UTF_8)) s.run(line);
            pause(0.3);   // as a student's terminal: the last messages' acknowledgements finish before the clients close
        }
    }

    /**
     * {@code sleep SECONDS} in a script: time must really pass, as for the student who typed it (a will delay,
     * a keep-alive, a message expiring are what such a script waits out against the lab's real clock).
     */
    private static void pause(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    public void run(String line) throws Exception {
        List<String> t = tokens(line.strip());
        if (t.isEmpty() || t.get(0).startsWith("#")) return;
        switch (t.get(0)) {
            case "sleep" -> pause(Double.parseDouble(t.get(1)));
            case "cut" -> lab.cut(t.get(1));
            case "mosquitto_sub", "sub" -> sub(new Opts(t));
            case "mosquitto_pub", "pub" -> pub(new Opts(t));
            default -> throw new IllegalArgumentException("unknown command: " + line);
        }
    }

    private Mqtt3BlockingClient connect(Opts o) {
        Mqtt3BlockingClient c = Mqtt3Client.builder().identifier(o.id).serverHost(lab.host()).serverPort(lab.port()).buildBlocking();
        return c;
    }

    private void send(Mqtt3BlockingClient c, Opts o) {
        Mqtt3ConnectBuilder.Send<?> b = c.connectWith().cleanSession(o.clean).keepAlive(o.keepAlive);
        if (o.willTopic != null) {
            b = b.willPublish().topic(o.willTopic).payload(o.willPayload.getBytes(StandardCharsets.UTF_8))
                    .qos(MqttQos.fromCode(o.willQos)).retain(o.willRetain).applyWillPublish();
        }
        b.send();
    }

    private void sub(Opts o) throws InterruptedException {
        Mqtt3BlockingClient c = connect(o);
        Mqtt3BlockingClient.Mqtt3Publishes pubs = c.publishes(MqttGlobalPublishFilter.ALL);
        send(c, o);
        List<Mqtt3Subscription> subs = o.topics.stream()
                .map(t -> Mqtt3Subscription.builder().topicFilter(t).qos(MqttQos.fromCode(o.qos)).build()).toList();
        c.subscribe(Mqtt3Subscribe.builder().addSubscriptions(subs).build());   // one SUBSCRIBE, as mosquitto_sub sends
        if (o.count > 0 || o.waitSeconds > 0) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.waitSeconds > 0 ? o.waitSeconds : 10);
            int got = 0;
            while (got < Math.max(o.count, 1) && System.nanoTime() < deadline) {
                if (pubs.receive(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).isPresent()) got++;
                if (o.count == 0) got = 0;
            }
        }
        if (o.count > 0 || o.exitAfterSubscribe || o.waitSeconds > 0) {
            pubs.close();
            c.disconnect();
        } else {
            background.add(c);
        }
    }

    private void pub(Opts o) {
        Mqtt3BlockingClient c = connect(o);
        send(c, o);
        c.publishWith().topic(o.topics.get(0)).qos(MqttQos.fromCode(o.qos)).retain(o.retain)
                .payload(o.message.getBytes(StandardCharsets.UTF_8)).send();
        c.disconnect();
    }

    @Override
    public void close() {
        for (Mqtt3BlockingClient c : background) {
            try {
                c.disconnect();
            } catch (RuntimeException alreadyGone) {
                // cut by the session
            }
        }
    }

    private static final class Opts {
        final List<String> topics = new ArrayList<>();
        String id = "mosq-" + UUID.randomUUID().toString().substring(0, 12);
        String message = "";
        String willTopic;
        String willPayload = "";
        int qos;
        int willQos;
        int count;
        int waitSeconds;
        int keepAlive = 60;
        boolean clean = true;
        boolean retain;
        boolean willRetain;
        boolean exitAfterSubscribe;

        Opts(List<String> t) {
            for (int i = 1; i < t.size(); i++) {
                switch (t.get(i)) {
                    case "-t" -> topics.add(t.get(++i));
                    case "-m" -> message = t.get(++i);
                    case "-n" -> message = "";
                    case "-q" -> qos = Integer.parseInt(t.get(++i));
                    case "-i" -> id = t.get(++i);
                    case "-c" -> clean = false;
                    case "-r" -> retain = true;
                    case "-C" -> count = Integer.parseInt(t.get(++i));
                    case "-W" -> waitSeconds = Integer.parseInt(t.get(++i));
                    case "-E" -> exitAfterSubscribe = true;
                    case "-k" -> keepAlive = Integer.parseInt(t.get(++i));
                    case "-h", "-p" -> i++;
                    case "--will-topic" -> willTopic = t.get(++i);
                    case "--will-payload" -> willPayload = t.get(++i);
                    case "--will-qos" -> willQos = Integer.parseInt(t.get(++i));
                    case "--will-retain" -> willRetain = true;
                    case "-v", "-d" -> { }
                    default -> throw new IllegalArgumentException("unsupported option " + t.get(i));
                }
            }
        }
    }

    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (char ch : line.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) quote = 0;
                else cur.append(ch);
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                if (cur == null) cur = new StringBuilder();
            } else if (Character.isWhitespace(ch)) {
                if (cur != null) out.add(cur.toString());
                cur = null;
            } else {
                if (cur == null) cur = new StringBuilder();
                cur.append(ch);
            }
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }
}
