package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.BrokerFeatures;
import mqttlab.testsupport.RabbitCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom on a two-node RabbitMQ 3.10 cluster (MQTT plugin), started and stopped here
 * ({@link RabbitCluster}): the instructor's console on node a, a class of 30 students split across
 * both nodes, accounts and topic permissions as the README tells an administrator to set them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterClassroomTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int CLASS_SIZE = 30;
    @TempDir static Path tmp;
    private RabbitCluster cluster;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> students = new ArrayList<>();

    static String password(String user) { return user + "-pw"; }

    @BeforeAll
    void start() throws Exception {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("instructor", password("instructor"));
        for (int i = 1; i <= CLASS_SIZE + 2; i++) {
            String s = String.format("s%02d", i);
            accounts.put(s, password(s));
            if (i <= CLASS_SIZE) students.add(s);
        }
        cluster = RabbitCluster.start(tmp.resolve("rabbit"), accounts, "instructor");
        System.out.println("[cluster] two RabbitMQ 3.10 nodes started in " + cluster.startTime.toMillis() + " ms, joined in "
                + cluster.joinTime.toMillis() + " ms");
    }

    @AfterAll
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
        if (cluster != null) cluster.close();
    }

    private Mqtt3AsyncClient raw(int port, String user, String id, List<String> received) throws Exception {
        Mqtt3AsyncClient c = MqttClient.builder().useMqttVersion3().identifier(id).serverHost("127.0.0.1").serverPort(port)
                .simpleAuth().username(user).password(password(user).getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
        c.publishes(MqttGlobalPublishFilter.ALL, p -> received.add(p.getTopic() + " " + new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)));
        c.connect().get(10, TimeUnit.SECONDS);
        open.add(() -> { if (c.getState().isConnected()) c.disconnect().get(5, TimeUnit.SECONDS); });
        return c;
    }

    @Test
    @DisplayName("a message published on node a reaches a subscriber on node b; the permissions keep a student out of a classmate's space")
    void routesAcrossNodes() throws Exception {
        List<String> onB = new CopyOnWriteArrayList<>();
        Mqtt3AsyncClient sub = raw(cluster.b().mqttPort(), "s31", "s31-sub", onB);
        sub.subscribeWith().topicFilter("students/s31/#").qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        Mqtt3AsyncClient pub = raw(cluster.a().mqttPort(), "s31", "s31-pub", new ArrayList<>());
        pub.publishWith().topic("students/s31/hello").payload("from node a".getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        Await.until(() -> onB.contains("students/s31/hello from node a"), WAIT, onB::toString);

        Mqtt3AsyncClient nosy = raw(cluster.a().mqttPort(), "s32", "s32-nosy", new ArrayList<>());
        nosy.publishWith().topic("students/s31/hello").payload("forged".getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_MOST_ONCE).send();
        pub.publishWith().topic("students/s31/marker").payload("after".getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        Await.until(() -> onB.contains("students/s31/marker after"), WAIT, onB::toString);
        assertFalse(onB.contains("students/s31/hello forged"), "a classmate's publish into s31's space was delivered: " + onB);
    }

    @Test
    @DisplayName("30 students, half on each node, the instructor's console on node a: one class, every student on the scoreboard")
    void thirtyStudentsAcrossTwoNodes() throws Exception {
        Instant at = Instant.parse("2025-05-01T09:00:00Z");
        List<EventLog> logs = new ArrayList<>();
        // the first five join before the instructor: the console's roll call must find them (their retained
        // reports sit on their own node, and RabbitMQ gives retained messages to no wildcard subscription)
        for (int i = 0; i < 5; i++) logs.add(join(i, at));
        Path roster = java.nio.file.Files.writeString(tmp.resolve("students.txt"), String.join("\n", students) + "\n");
        Classroom c = Classroom.onBroker(ClassAddress.parse("127.0.0.1:" + cluster.a().mqttPort()), "instructor",
                password("instructor"), roster, null, Clock.systemUTC());
        open.add(c);
        assertEquals(1, c.warnings().size(), "RabbitMQ 3.10 has no MQTT 5: " + c.warnings());
        assertTrue(c.warnings().get(0).contains("MQTT 3.1.1 only"), c.warnings().get(0));
        for (int i = 5; i < CLASS_SIZE; i++) logs.add(join(i, at));

        Scoreboard board = c.scoreboard();
        Await.until(() -> board.rows().stream().filter(r -> r.connected() && r.report().isPresent()).count() == CLASS_SIZE,
                WAIT, () -> String.join("\n", board.render()));
        assertEquals(students, board.rows().stream().map(ScoreRow::user).toList());
        for (int i = 0; i < CLASS_SIZE; i++) {
            ScoreRow r = board.rows().get(i);
            assertEquals(String.format("%02d.%d", i % 12 + 1, i % 4 + 1), r.where(), r.user());
        }
        List<String> table = board.render();
        // heads, rule, 30 rows, the summary, and the footnote: on an upstream broker every step done is self-reported
        assertEquals(CLASS_SIZE + 4, table.size(), String.join("\n", table));
        assertEquals("30 of 30 students connected; 30 reported progress.", table.get(table.size() - 2));
        assertTrue(table.get(table.size() - 1).startsWith("* self-reported"), table.get(table.size() - 1));

        c.commands().run("class announce Node b hears node a");
        for (EventLog log : logs) Await.until(() -> log.has(new ClassEvent.Announcement("Node b hears node a")), WAIT, log::toString);
        System.out.println("[cluster] scoreboard of 30 students across two nodes:\n" + String.join("\n", table));
    }

    @Test
    @DisplayName("the broker matrix on the cluster: the lab explains QoS 2 granted as 1, PUBACK for a QoS 2 PUBLISH, "
            + "no retained message on a wildcard subscription, no MQTT 5")
    void matrixOnCluster() throws Exception {
        BrokerFeatures f = BrokerFeatures.measure("rabbitmq-3.10-cluster", "127.0.0.1", cluster.b().mqttPort(), "s32", password("s32"));
        String wild = f.after(BrokerFeatures.WILDCARD_SUB, "s32");
        assertTrue(wild.contains("(QoS 1)") && wild.contains("The broker granted QoS 1 for your QoS 2 request") && wild.contains("[MQTT-3.8.4-6]"), f.output);
        String trace = f.after(BrokerFeatures.TRACE, "s32");
        assertTrue(trace.contains("PUBLISH") && trace.contains("PUBACK"), "the student's own packets, through the relay:\n" + f.output);
        assertFalse(wild.contains("students/s32/m/r kept"), "no retained message on a wildcard subscription:\n" + f.output);
        assertTrue(wild.contains("does not send retained messages to a subscription with + or #") && wild.contains("[MQTT-3.3.1-6]"), f.output);
        assertTrue(f.after(BrokerFeatures.EXACT_SUB, "s32").contains("students/s32/m/r kept"), "retained on the exact topic:\n" + f.output);
        String q2 = f.after(BrokerFeatures.QOS2_PUB, "s32");
        assertTrue(q2.contains("answered a QoS 2 PUBLISH with PUBACK") && q2.contains("[MQTT-4.3.3-2]"), f.output);
        String v5 = f.after(BrokerFeatures.V5_CONNECT, "s32");
        assertTrue(v5.contains("it speaks only MQTT 3.1.1") && v5.contains("[MQTT-3.1.2-2]"), f.output);
        String all = f.after(BrokerFeatures.ALL_SUB, "s32");
        assertTrue(all.contains("the broker closed the connection at your SUBSCRIBE to #") && all.contains("0x80"), f.output);
        assertFalse(f.output.contains("Exception"), f.output);
    }

    @Test
    @DisplayName("RabbitMQ keeps retained messages per node: published on node a, not on node b")
    void retainedIsPerNode() throws Exception {
        Mqtt3AsyncClient pub = raw(cluster.a().mqttPort(), "s31", "s31-retain", new ArrayList<>());
        pub.publishWith().topic("students/s31/kept").payload("on a".getBytes(StandardCharsets.UTF_8)).retain(true)
                .qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        raw(cluster.a().mqttPort(), "s31", "s31-ra", onA).subscribeWith().topicFilter("students/s31/kept").qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        raw(cluster.b().mqttPort(), "s31", "s31-rb", onB).subscribeWith().topicFilter("students/s31/kept").qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        Await.until(() -> onA.contains("students/s31/kept on a"), WAIT, onA::toString);
        // node b has as long as node a had to send it: RabbitMQ 3.10's retained store is per node (the README's matrix says so)
        Await.stays(onB::isEmpty, java.time.Duration.ofSeconds(1), onB::toString);
    }

    /** Student i joins node a when i is even, node b when odd, and reports where they are. */
    private EventLog join(int i, Instant at) throws Exception {
        String user = students.get(i);
        int port = i % 2 == 0 ? cluster.a().mqttPort() : cluster.b().mqttPort();
        EventLog log = new EventLog();
        StudentSession s = StudentSession.join(JoinSpec.of("mqtt://127.0.0.1:" + port, user, password(user)), null, log);
        open.add(s);
        assertFalse(s.mqtt5(), "RabbitMQ 3.10: the link fell back to MQTT 3.1.1");
        String lesson = String.format("%02d", i % 12 + 1);
        assertTrue(s.reporter().update(r -> r.stepDone(lesson, 1, at).at(lesson, i % 4 + 1, at)).get(10, TimeUnit.SECONDS), user);
        return log;
    }
}
