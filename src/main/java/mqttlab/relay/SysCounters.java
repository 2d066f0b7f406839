package mqttlab.relay;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.net.ssl.TrustManagerFactory;

/**
 * The broker's own counters from its {@code $SYS/broker/...} topics (mosquitto publishes them every
 * {@code sys_interval} seconds; RabbitMQ and others publish none), read by a client of the relay's own
 * that connects to the broker directly, so it is neither traced nor listed among the clients.
 */
final class SysCounters {
    static final String CONNECTED = "$SYS/broker/clients/connected";
    static final String SUBSCRIPTIONS = "$SYS/broker/subscriptions/count";
    static final String RETAINED = "$SYS/broker/retained messages/count";
    private final Relay relay;
    private final String user;
    private final String password;
    private final Map<String, String> values = new TreeMap<>();
    private Mqtt3AsyncClient client;

    SysCounters(Relay relay, String user, String password) {
        this.relay = relay;
        this.user = user;
        this.password = password;
    }

    void start() {
        try {
            Upstream u = relay.upstream();
            // a classroom takes a student's client ids only as theirs (alice, alice-...): asked plain, it refused this one every 3 s
            String id = "mqttlab-relay-sys-" + UUID.randomUUID().toString().substring(0, 8);
            if (user != null) id = mqttlab.broker.auth.ClientIdOwnership.ownId(user, id);
            Mqtt3ClientBuilder b = Mqtt3Client.builder().identifier(id)
                    .serverHost(u.host()).serverPort(u.port()).automaticReconnectWithDefaultConfig()
                    .addConnectedListener(c -> subscribe());
            if (u.tls()) b = u.cafile() == null ? b.sslWithDefaultConfig() : b.sslConfig().trustManagerFactory(trust(u)).applySslConfig();
            client = b.buildAsync();
            // a short keep alive, as RetainedProbe's: in class this client counts its student as online, and when the link
            // drops the broker should notice in 7.5 s, not 90
            var connect = client.connectWith().cleanSession(true).keepAlive(5);
            if (user != null) {
                var auth = connect.simpleAuth().username(user);
                if (password != null) auth = auth.password(password.getBytes(StandardCharsets.UTF_8));
                connect = auth.applySimpleAuth();
            }
            connect.send();   // when the broker is away, the client keeps trying on its own
        } catch (Exception e) {
            client = null;     // no counters: the relay still relays
        }
    }

    private void subscribe() {
        Mqtt3AsyncClient c = client;
        if (c == null) return;
        c.subscribeWith().topicFilter("$SYS/broker/#").qos(MqttQos.AT_MOST_ONCE).callback(p -> {
            synchronized (values) {
                values.put(p.getTopic().toString(), new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8).strip());
            }
        }).send();
    }

    private static TrustManagerFactory trust(Upstream u) throws Exception {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(u.cafile())) {
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) ks.setCertificateEntry("ca" + i++, cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return tmf;
    }

    Map<String, String> values() {
        synchronized (values) { return new TreeMap<>(values); }
    }

    /** Where `clients`, `subscriptions` and `retained` come from, in one line of the catalogue. */
    String describe() {
        Map<String, String> v = values();
        String sys = v.containsKey(CONNECTED)
                ? mqttlab.text.Text.t("relay.secondhand.sys", v.get(CONNECTED), v.getOrDefault(SUBSCRIPTIONS, "?"), v.getOrDefault(RETAINED, "?"))
                : mqttlab.text.Text.t("relay.secondhand.nosys");
        return mqttlab.text.Text.t("relay.secondhand", relay.upstream().url(), sys);
    }

    void stop() {
        Mqtt3AsyncClient c = client;
        client = null;
        if (c != null) c.disconnect();
    }
}
