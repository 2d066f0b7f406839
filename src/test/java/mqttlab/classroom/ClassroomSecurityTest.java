package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.connect.ConnectionQuota;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class broker as a hostile classmate meets it: a roster of s01..s04, no building. */
class ClassroomSecurityTest {
    @TempDir Path tmp;
    private Classroom classroom;
    private final List<RawClient> open = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (RawClient c : open) c.drop();
        if (classroom != null) classroom.close();
    }

    private Classroom start(int maxConnections, int perUser) throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 4, "127.0.0.1", 0);
        Files.writeString(f.conf, Files.readString(f.conf).replace("max_connections 200", "max_connections " + maxConnections));
        classroom = Classroom.start(f.config(), null, Clock.systemUTC(), new ConnectionQuota(perUser));
        return classroom;
    }

    private static Connect connect(MqttVersion v, String id, boolean clean, String user, String password) {
        Properties p = v.isV5() && !clean ? Properties.EMPTY.plus(PropertyId.SESSION_EXPIRY_INTERVAL, 3600) : Properties.EMPTY;
        return new Connect(v, id, clean, 60, null, user, password.getBytes(StandardCharsets.UTF_8), p);
    }

    private ConnAck attempt(MqttVersion v, String id, boolean clean, String user) throws IOException {
        RawClient c = new RawClient(classroom.broker().port(), v);
        open.add(c);
        return (ConnAck) c.sendAndReceive(connect(v, id, clean, user, ClassroomFixture.password(user)));
    }

    private RawClient client(MqttVersion v, String id, boolean clean, String user) throws IOException {
        RawClient c = new RawClient(classroom.broker().port(), v);
        open.add(c);
        ConnAck ack = (ConnAck) c.sendAndReceive(connect(v, id, clean, user, ClassroomFixture.password(user)));
        assertEquals(0, ack.reasonCode(), user + " as " + id);
        return c;
    }

    @Test
    @DisplayName("a classmate's client id is refused (v5 0x85, 3.1.1 return code 2); the owner keeps the session and everything queued for it")
    void takeoverRefused() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        RawClient owner = client(MqttVersion.V5, "s01-lab-7f3a9c21", false, "s01");
        owner.sendAndReceive(new Subscribe(1, List.of(new Subscription("students/s01/inbox", Qos.AT_LEAST_ONCE))));
        owner.send(new Disconnect(0, Properties.EMPTY)); // offline: messages queue for the session
        RawClient mine = client(MqttVersion.V3_1_1, "s01-tool", true, "s01");
        mine.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "students/s01/inbox", 1, "queued for s01".getBytes(StandardCharsets.UTF_8)));

        assertEquals(0x85, attempt(MqttVersion.V5, "s01-lab-7f3a9c21", false, "s02").reasonCode(), "[MQTT-3.2.2-8] Client Identifier not valid");
        assertEquals(2, attempt(MqttVersion.V3_1_1, "s01-lab-7f3a9c21", false, "s02").reasonCode(), "identifier rejected");
        assertTrue(open.get(open.size() - 1).closedWithin(2000), "the server closes the connection after a refusing CONNACK [MQTT-3.2.2-5]");

        RawClient back = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(back);
        ConnAck ack = (ConnAck) back.sendAndReceive(connect(MqttVersion.V5, "s01-lab-7f3a9c21", false, "s01", "pw-s01"));
        assertTrue(ack.sessionPresent(), "the owner's session survived the attempt");
        assertEquals("queued for s01", new String(back.receive(Publish.class).payload(), StandardCharsets.UTF_8));

        assertEquals(0x85, attempt(MqttVersion.V5, "s01-lab-7f3a9c21", true, "s02").reasonCode(), "online, with clean start too");
        assertTrue(back.silentFor(300), "the owner was not disconnected");
        assertEquals(0x85, attempt(MqttVersion.V5, "owl", true, "s02").reasonCode(), "an id that is nobody's: a student must use their own");
        assertEquals(0x85, attempt(MqttVersion.V5, "sensor-125-1", true, "s02").reasonCode(), "nor the building's");
    }

    @Test
    @DisplayName("a refused client id: the Reason String and the log in English, the student's lab says it in Korean with the code")
    void refusalInTheStudentsLanguage() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        ConnAck other = attempt(MqttVersion.V5, "s01-lab", true, "s02");
        assertEquals("Client s01-lab refused: user 's02' may not use a client id of user 's01'.",
                other.properties().string(PropertyId.REASON_STRING).orElseThrow(), "the wire's Reason String is for any client [MQTT-3.2.2.3.9]");
        ConnAck nobody = attempt(MqttVersion.V5, "owl", true, "s02");
        try {
            mqttlab.text.Text.use(mqttlab.text.Lang.KO);
            assertEquals("연결 오류: 0x85 클라이언트 ID가 올바르지 않음. 's02' 사용자는 's01' 사용자의 클라이언트 ID를 쓸 수 없습니다 (받은 ID: s01-lab).",
                    mqttlab.client.ConnectFailure.refusedV5(other.reasonCode(), other.properties().userProperties()).getMessage());
            assertEquals("연결 오류: 0x85 클라이언트 ID가 올바르지 않음. 이 수업에서 's02' 사용자는 클라이언트 ID로 s02 또는 s02-로 시작하는 ID만 쓸 수 있습니다 (받은 ID: owl).",
                    mqttlab.client.ConnectFailure.refusedV5(nobody.reasonCode(), nobody.properties().userProperties()).getMessage());
        } finally {
            mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        }
    }

    @Test
    @DisplayName("a student who sends no client id gets one of their own")
    void assignedIdsAreTheStudents() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        RawClient c = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(c);
        ConnAck ack = (ConnAck) c.sendAndReceive(connect(MqttVersion.V5, "", true, "s03", "pw-s03"));
        assertEquals(0, ack.reasonCode());
        String id = ack.properties().string(PropertyId.ASSIGNED_CLIENT_IDENTIFIER).orElseThrow();
        assertTrue(id.startsWith("s03-") && id.length() > 12, id);
    }

    @Test
    @DisplayName("a fourth student's 200 connections: 20 get in, the rest get 0x97, and the class still gets in")
    void perUserLimit() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable listening = classroom.broker().log().addListener(log::add);
        int accepted = 0;
        int quota = 0;
        for (int i = 0; i < 200; i++) {
            int rc = attempt(MqttVersion.V5, "s04-c" + i, true, "s04").reasonCode();
            if (rc == 0) accepted++;
            if (rc == 0x97) quota++;
        }
        assertEquals(20, accepted);
        assertEquals(180, quota, "v5 Quota exceeded");
        assertEquals(3, attempt(MqttVersion.V3_1_1, "s04-more", true, "s04").reasonCode(), "3.1.1: server unavailable");
        for (String u : List.of("s01", "s02", "s03")) client(MqttVersion.V3_1_1, u + "-app", true, u);
        RawClient console = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(console);
        assertEquals(0, ((ConnAck) console.sendAndReceive(connect(MqttVersion.V5, "instructor-x", true, ClassroomAuthorizer.CONSOLE,
                classroom.consolePassword()))).reasonCode());
        listening.close();
        assertTrue(log.stream().anyMatch(l -> l.contains("user 's04' already has 20 connections (max_connections_per_user)")),
                "the limit is logged when hit");
    }

    @Test
    @DisplayName("the instructor's own clients get in even when max_connections is reached")
    void staffAlwaysGetIn() throws Exception {
        start(6, 3);
        for (String u : List.of("s01", "s02", "s03")) for (int i = 0; i < 3; i++) attempt(MqttVersion.V3_1_1, u + "-c" + i, true, u);
        assertEquals(3, attempt(MqttVersion.V3_1_1, "s04-c0", true, "s04").reasonCode(), "the broker is full for students");
        RawClient console = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(console);
        assertEquals(0, ((ConnAck) console.sendAndReceive(connect(MqttVersion.V5, "instructor-x", true, ClassroomAuthorizer.CONSOLE,
                classroom.consolePassword()))).reasonCode());
    }

    @Test
    @DisplayName("a forged report: unknown exercise, score 999999, escape sequences and CSV metacharacters are dropped; "
            + "what the broker saw is confirmed, the rest marked self-reported; the export stays one RFC 4180 row per student")
    void forgedReport() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        String topic = "building/125/sensor1/temperature";
        RawClient app = client(MqttVersion.V3_1_1, "s01-app", true, "s01");
        app.sendAndReceive(new Subscribe(1, List.of(new Subscription(topic, Qos.AT_MOST_ONCE))));
        RawClient console = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(console);
        console.sendAndReceive(connect(MqttVersion.V5, "instructor-feed", true, ClassroomAuthorizer.CONSOLE, classroom.consolePassword()));
        for (int i = 0; i < 3; i++) console.send(new Publish(Qos.AT_MOST_ONCE, false, topic, 0, ("2" + i).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 3; i++) app.receive(Publish.class); // exercise 01 done, as the broker saw it

        // valid JSON (RFC 8259 escapes), as a classmate's JSON library would write it, carrying an OSC title sequence
        String forged = "{\"user\":\"s02\",\"lesson\":\"\\u001b]0;pwned\\u0007\",\"step\":3,"
                + "\"steps\":{\"01\":[1,2,99],\"=HYPERLINK(\\\"x\\\")\":[1]},"
                + "\"exercises\":{\"01\":100,\"10\":90,\"99\":100,\"02\":999999,\"\\r\\nmallory,true\":100},"
                + "\"lastActivity\":\"2025-05-01T10:00:00Z\"}";
        report("s01", forged);
        report("s02", ProgressReport.start("s02", java.time.Instant.now()).exercisePassed("01", 100, java.time.Instant.now()).toJson());
        Await.until(() -> classroom.scoreboard().report("s01").isPresent() && classroom.scoreboard().report("s02").isPresent(),
                java.time.Duration.ofSeconds(10), () -> classroom.scoreboard().render().toString());

        ProgressReport s01 = classroom.scoreboard().report("s01").orElseThrow();
        assertEquals(java.util.Map.of("01", 100, "10", 90), s01.exercises(), "unknown ids and out-of-range scores are dropped");
        assertEquals(java.util.Set.of("10"), classroom.scoreboard().selfReported("s01"), "01 was seen on the broker; 10 runs elsewhere");
        assertEquals("s01", s01.user(), "filed under the topic's user, whatever the body says");
        assertTrue(s01.lesson().isEmpty());
        assertEquals(java.util.Map.of("01", new java.util.TreeSet<>(List.of(1, 2))), s01.steps());
        assertEquals(java.util.Set.of("01"), classroom.scoreboard().selfReported("s02"), "s02 never did 01 on this broker");
        String problem = classroom.scoreboard().lastProblem();
        assertNotNull(problem);

        List<String> screen = classroom.scoreboard().render();
        assertTrue(screen.stream().anyMatch(l -> l.startsWith("s01") && l.contains("2 (01 10*)")), screen.toString());
        assertTrue(screen.stream().noneMatch(l -> l.chars().anyMatch(ch -> ch < 0x20)), "no control characters reach the screen");

        Path csv = tmp.resolve("class.csv");
        classroom.commands().scoreboardExport(csv);
        String text = Files.readString(csv);
        assertTrue(text.endsWith("\r\n"));
        String[] records = text.split("\r\n");
        assertEquals(1 + 4, records.length, "a header and one record per student: " + text);
        assertEquals("s01,true,,0,2,2,2,01:100;10:90,10," + s01.lastActivity(), records[1]);
        assertFalse(text.contains("mallory") || text.contains("HYPERLINK") || text.contains("\u001b"), text);
    }

    private void report(String user, String json) throws IOException {
        RawClient c = client(MqttVersion.V3_1_1, user + "-report", true, user);
        c.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, ClassTopics.progress(user), 1, json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("class deny ac clears the students' retained A/C commands")
    void denyClearsRetainedAcCommands() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        classroom.commands().allowAc();
        RawClient s01 = client(MqttVersion.V3_1_1, "s01-ac", true, "s01");
        s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "building/101/ac/set", 1, "ON".getBytes(StandardCharsets.UTF_8)));
        assertTrue(classroom.broker().retained().stream().anyMatch(r -> r.topic().equals("building/101/ac/set")));
        classroom.commands().denyAc();
        Await.until(() -> classroom.broker().retained().stream().noneMatch(r -> r.topic().equals("building/101/ac/set")),
                java.time.Duration.ofSeconds(5), () -> classroom.broker().retained().toString());
    }

    @Test
    @DisplayName("a student's retained flood stops at 100 messages or 1 MiB: v5 PUBACK 0x97, QoS 0 DISCONNECT 0x97, 3.1.1 closed; "
            + "replacing or clearing their own still works, classmates and the instructor are not limited, and it is logged")
    void retainedQuota() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable listening = classroom.broker().log().addListener(log::add);
        int before = classroom.broker().retained().size();
        RawClient s01 = client(MqttVersion.V5, "s01-flood", true, "s01");
        byte[] small = "x".getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 100; i++) {
            PubAck ack = (PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s01/r/" + i, i, small));
            assertEquals(0, ack.reasonCode(), "retained message " + i);
        }
        PubAck over = (PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s01/r/101", 101, small));
        assertEquals(0x97, over.reasonCode(), "[MQTT-3.4.2-1] PUBACK 0x97 Quota exceeded: the 101st is not accepted");
        assertEquals(0, ((PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s01/r/1", 102, "again".getBytes(StandardCharsets.UTF_8)))).reasonCode(),
                "replacing one's own retained message takes no more room");
        assertEquals(0, ((PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s01/r/2", 103, new byte[0]))).reasonCode(), "clearing one");
        assertEquals(0, ((PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s01/r/101", 104, small))).reasonCode(),
                "a cleared one makes room");
        assertEquals(0, ((PubAck) s01.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "students/s01/plain", 105, small))).reasonCode(),
                "messages that are not retained are not limited");
        s01.send(new Publish(Qos.AT_MOST_ONCE, true, "students/s01/r/102", 0, small));
        assertEquals(0x97, s01.receive(Disconnect.class).reasonCode(), "QoS 0 has no acknowledgement: DISCONNECT 0x97 (3.14.2.1)");

        RawClient s02 = client(MqttVersion.V5, "s02-big", true, "s02");
        byte[] big = new byte[600 * 1024];
        assertEquals(0, ((PubAck) s02.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s02/big/1", 1, big))).reasonCode(), "a classmate is not limited by s01");
        assertEquals(0x97, ((PubAck) s02.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s02/big/2", 2, big))).reasonCode(), "1 MiB of payload at most");
        RawClient s03 = client(MqttVersion.V3_1_1, "s03-old", true, "s03");
        s03.send(new Publish(Qos.AT_LEAST_ONCE, true, "students/s03/big/1", 1, new byte[1024 * 1024 + 1]));
        assertTrue(s03.closedWithin(5000), "3.1.1 cannot refuse a PUBLISH: the connection is closed [MQTT-3.3.5-2]");

        RawClient console = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(console);
        console.sendAndReceive(connect(MqttVersion.V5, "instructor-x", true, ClassroomAuthorizer.CONSOLE, classroom.consolePassword()));
        for (int i = 1; i <= 120; i++) {
            assertEquals(0, ((PubAck) console.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "lab/class/r/" + i, i, small))).reasonCode(), "the instructor: " + i);
        }
        listening.close();
        assertEquals(before + 100 + 1 + 120, classroom.broker().retained().size(), "s01's 100, s02's one, the instructor's 120");
        assertTrue(log.stream().anyMatch(l -> l.contains("Refused retained PUBLISH from s01-flood on students/s01/r/101: user 's01' already keeps 100 retained message(s)")), log.toString());
    }

    @Test
    @DisplayName("a client announcing a small Maximum Packet Size gets its refusals within it: the Reason String and User Properties "
            + "are left out [MQTT-3.2.2-19] [MQTT-3.2.2-20] [MQTT-3.14.2-3], the reason code stays")
    void refusalsKeepWithinTheClientsMaximumPacketSize() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        Properties small = Properties.EMPTY.plus(PropertyId.MAXIMUM_PACKET_SIZE, 40L);
        RawClient c = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(c);
        ConnAck refused = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "s01-" + "x".repeat(300), true, 60, null, "s02",
                ClassroomFixture.password("s02").getBytes(StandardCharsets.UTF_8), small));
        assertEquals(0x85, refused.reasonCode());
        assertTrue(mqttlab.protocol.codec.PacketEncoder.encodedLength(refused, MqttVersion.V5) <= 40, refused.toString());
        assertTrue(refused.properties().string(PropertyId.REASON_STRING).isEmpty() && refused.properties().userProperties().isEmpty(), refused.toString());
        RawClient roomy = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(roomy);
        ConnAck explained = (ConnAck) roomy.sendAndReceive(connect(MqttVersion.V5, "s01-" + "x".repeat(300), true, "s02", ClassroomFixture.password("s02")));
        assertTrue(explained.properties().string(PropertyId.REASON_STRING).isPresent(), "without a limit the refusal explains itself");

        RawClient s03 = new RawClient(classroom.broker().port(), MqttVersion.V5);
        open.add(s03);
        assertEquals(0, ((ConnAck) s03.sendAndReceive(new Connect(MqttVersion.V5, "s03-tiny", true, 60, null, "s03",
                ClassroomFixture.password("s03").getBytes(StandardCharsets.UTF_8), Properties.EMPTY.plus(PropertyId.MAXIMUM_PACKET_SIZE, 20L)))).reasonCode());
        for (int i = 1; i <= 100; i++) s03.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "students/s03/r/" + i, i, new byte[] {1}));
        s03.send(new Publish(Qos.AT_MOST_ONCE, true, "students/s03/r/101", 0, new byte[] {1}));
        Disconnect d = s03.receive(Disconnect.class);
        assertEquals(0x97, d.reasonCode());
        assertTrue(mqttlab.protocol.codec.PacketEncoder.encodedLength(d, MqttVersion.V5) <= 20, d.toString());
    }

    @Test
    @DisplayName("a student holds at most 1,000 subscriptions over all their sessions: the rest get v5 0x97, 3.1.1 0x80, "
            + "a filter they hold already is still granted, classmates are not limited, and it is logged")
    void subscriptionQuota() throws Exception {
        start(200, ConnectionQuota.CLASSROOM_DEFAULT);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable listening = classroom.broker().log().addListener(log::add);
        RawClient s04 = client(MqttVersion.V5, "s04-many", true, "s04");
        List<Subscription> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) thousand.add(new Subscription("students/s04/f/" + i, Qos.AT_MOST_ONCE));
        SubAck all = (SubAck) s04.sendAndReceive(new Subscribe(1, thousand));
        assertTrue(all.reasonCodes().stream().allMatch(rc -> rc == 0), "the first 1,000 are granted");
        SubAck more = (SubAck) s04.sendAndReceive(new Subscribe(2, List.of(new Subscription("students/s04/f/1000", Qos.AT_MOST_ONCE),
                new Subscription("students/s04/f/7", Qos.AT_LEAST_ONCE))));
        assertEquals(List.of(0x97, 1), more.reasonCodes(), "[MQTT-3.9.3] 0x97 Quota exceeded; renewing one held is no new subscription");
        RawClient second = client(MqttVersion.V3_1_1, "s04-other", true, "s04");
        SubAck old = (SubAck) second.sendAndReceive(new Subscribe(1, List.of(new Subscription("students/s04/g", Qos.AT_MOST_ONCE))));
        assertEquals(List.of(0x80), old.reasonCodes(), "counted over all the student's sessions; 3.1.1 has only 0x80 Failure");
        RawClient s01 = client(MqttVersion.V5, "s01-few", true, "s01");
        assertEquals(List.of(0), ((SubAck) s01.sendAndReceive(new Subscribe(1, List.of(new Subscription("students/s01/x", Qos.AT_MOST_ONCE))))).reasonCodes());
        s04.sendAndReceive(new mqttlab.protocol.packet.Unsubscribe(3, List.of("students/s04/f/0")));
        assertEquals(List.of(0), ((SubAck) second.sendAndReceive(new Subscribe(2, List.of(new Subscription("students/s04/g", Qos.AT_MOST_ONCE))))).reasonCodes(),
                "an unsubscribe makes room");
        listening.close();
        assertTrue(log.stream().anyMatch(l -> l.contains("Refused 1 subscription(s) from s04-many: user 's04' already holds 1000 subscriptions")), log.toString());
    }
}
