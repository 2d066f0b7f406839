package mqttlab.broker.persist;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.ClientInfo;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.SubscriptionInfo;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.ManualClock;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** persistence true: durable sessions, their queued and in-flight messages, and retained messages survive a restart. */
class PS01RestartTest {
    @RegisterExtension
    final TestBrokerExtension lab = TestBrokerExtension.startedByEachTest();
    @TempDir
    Path dir;

    String conf() { return "persistence true\npersistence_location " + dir + "\n"; }

    Broker start() { return lab.restart(conf()); }

    Broker start(ManualClock clock) { return lab.restart(conf(), clock); }

    Broker restart() { return start(); }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static Connect v5Connect(String id, long sessionExpiry) {
        return new Connect(MqttVersion.V5, id, false, 60, null, null, null,
                Properties.of(new Property(PropertyId.SESSION_EXPIRY_INTERVAL, sessionExpiry)));
    }

    @Test
    @DisplayName("A durable session keeps its subscriptions, queue, in-flight message (resent with DUP=1) and QoS 2 state across a restart [MQTT-4.4.0-1]")
    void durableSessionSurvives() throws Exception {
        start();
        int inflightId;
        try (RawClient app = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "app", false);
             RawClient app2 = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "app2", false);
             RawClient pub = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "pub", true)) {
            app.sendAndReceive(new Subscribe(1, List.of(new Subscription("d/#", Qos.AT_LEAST_ONCE))));
            app2.sendAndReceive(new Subscribe(1, List.of(new Subscription("e", Qos.EXACTLY_ONCE))));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "d/1", 1, b("in flight")));
            pub.receive(PubAck.class);
            inflightId = app.receive(Publish.class).packetId();
            app.drop(); // no PUBACK: it stays in flight
            awaitOffline("app");
            for (int i = 2; i <= 3; i++) {
                pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "d/" + i, i, b("queued " + i)));
                pub.receive(PubAck.class);
            }
            pub.send(new Publish(Qos.EXACTLY_ONCE, false, "e", 5, b("two")));
            pub.receive(PubRec.class);
            pub.send(new PubRel(5));
            pub.receive(PubComp.class);
            Publish two = app2.receive(Publish.class);
            app2.send(new PubRec(two.packetId()));
            assertEquals(two.packetId(), app2.receive(PubRel.class).packetId());
            app2.drop(); // no PUBCOMP: the broker must send PUBREL again
            pub.send(new Publish(Qos.AT_LEAST_ONCE, true, "r/1", 6, b("one")));
            pub.receive(PubAck.class);
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "r/2", 0, b("two")));
        }
        try (RawClient p2 = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "p2", false)) {
            p2.send(new Publish(Qos.EXACTLY_ONCE, false, "d/4", 9, b("held")));
            p2.receive(PubRec.class);
            p2.drop(); // no PUBREL yet: the broker keeps id 9 awaiting it
        }
        awaitOffline("p2");

        restart();
        ClientInfo app = lab.broker().clients().stream().filter(c -> c.clientId().equals("app")).findFirst().orElseThrow();
        assertFalse(app.connected(), "sessions come back offline");
        assertEquals(1, app.inflight());
        assertEquals(2, app.queued());
        assertEquals(2, lab.broker().stats().retained());
        try (RawClient a = new RawClient(lab.broker().port(), MqttVersion.V3_1_1)) {
            assertTrue(((ConnAck) a.sendAndReceive(new Connect(MqttVersion.V3_1_1, "app", false, 60))).sessionPresent());
            Publish again = a.receive(Publish.class);
            assertEquals("in flight", again.payloadAsString());
            assertTrue(again.dup(), "DUP=1 on redelivery [MQTT-3.3.1-1]");
            assertEquals(inflightId, again.packetId(), "same packet identifier");
            a.send(new PubAck(again.packetId()));
            for (int i = 2; i <= 3; i++) {
                Publish q = a.receive(Publish.class);
                assertEquals("queued " + i, q.payloadAsString(), "queued in order [MQTT-4.6.0-2]");
                assertFalse(q.dup());
                assertNotEquals(inflightId, q.packetId());
                a.send(new PubAck(q.packetId()));
            }
            try (RawClient a2 = new RawClient(lab.broker().port(), MqttVersion.V3_1_1)) {
                assertTrue(((ConnAck) a2.sendAndReceive(new Connect(MqttVersion.V3_1_1, "app2", false, 60))).sessionPresent());
                int id = a2.receive(PubRel.class).packetId(); // [MQTT-4.4.0-1] the PUBREL is resent with its id, not the PUBLISH
                a2.send(new PubComp(id));
                assertTrue(a2.silentFor(200));
            }
            try (RawClient p2 = new RawClient(lab.broker().port(), MqttVersion.V3_1_1)) {
                assertTrue(((ConnAck) p2.sendAndReceive(new Connect(MqttVersion.V3_1_1, "p2", false, 60))).sessionPresent());
                p2.send(new PubRel(9));
                assertEquals(9, p2.receive(PubComp.class).packetId());
            }
            Publish held = a.receive(Publish.class);
            assertEquals("held", held.payloadAsString(), "the QoS 2 message released after the restart is routed once");
            a.send(new PubAck(held.packetId()));
        }
        try (RawClient s = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "late", true)) {
            s.sendAndReceive(new Subscribe(1, List.of(new Subscription("r/#", Qos.AT_LEAST_ONCE))));
            Publish r1 = s.receive(Publish.class);
            Publish r2 = s.receive(Publish.class);
            assertTrue(r1.retain() && r2.retain(), "RETAIN=1 on subscribe [MQTT-3.3.1-8]");
            assertEquals(List.of("one", "two"), List.of(r1, r2).stream().sorted((x, y) -> x.topic().compareTo(y.topic()))
                    .map(Publish::payloadAsString).toList());
        }
    }

    @Test
    @DisplayName("v5 subscription options and identifiers come back exactly as subscribed")
    void subscriptionOptionsSurvive() throws Exception {
        start();
        try (RawClient c = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            c.sendAndReceive(v5Connect("v5", 3600));
            c.sendAndReceive(new Subscribe(1, List.of(new Subscription("s/#", Qos.EXACTLY_ONCE, true, true, 2),
                    new Subscription("$share/g/t/+", Qos.AT_LEAST_ONCE)),
                    Properties.of(new Property(PropertyId.SUBSCRIPTION_IDENTIFIER, 7))));
            c.send(new Disconnect());
        }
        awaitOffline("v5");
        List<SubscriptionInfo> before = lab.broker().subscriptions();
        assertEquals(2, before.size());
        restart();
        assertEquals(sorted(before), sorted(lab.broker().subscriptions()));
        try (RawClient c = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            assertTrue(((ConnAck) c.sendAndReceive(v5Connect("v5", 3600))).sessionPresent());
        }
    }

    static List<SubscriptionInfo> sorted(List<SubscriptionInfo> l) {
        return l.stream().sorted((a, b) -> a.filter().compareTo(b.filter())).toList();
    }

    @Test
    @DisplayName("Clean sessions leave nothing in the file or in the restarted broker [MQTT-3.1.2-6]")
    void cleanSessionLeavesNothing() throws Exception {
        start();
        try (RawClient gone = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "gone", true);
             RawClient still = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "still", true)) {
            gone.sendAndReceive(new Subscribe(1, List.of(new Subscription("x", Qos.AT_LEAST_ONCE))));
            still.sendAndReceive(new Subscribe(1, List.of(new Subscription("y", Qos.AT_LEAST_ONCE))));
            gone.send(new Disconnect());
            awaitOffline("gone");
            lab.broker().stop(); // "still" is connected when the broker stops
        }
        Snapshot saved = SnapshotReader.read(dir.resolve("mosquitto.db"));
        assertEquals(List.of(), saved.sessions());
        start();
        assertEquals(List.of(), lab.broker().clients());
        assertEquals(List.of(), lab.broker().subscriptions());
    }

    @Test
    @DisplayName("Time the broker was down counts against message and session expiry [MQTT-3.3.2-5] [MQTT-3.1.2-23]")
    void expiryCountsDowntime() throws Exception {
        start();
        try (RawClient s1 = new RawClient(lab.broker().port(), MqttVersion.V5);
             RawClient s2 = new RawClient(lab.broker().port(), MqttVersion.V5);
             RawClient pub = RawClient.connect(lab.broker().port(), MqttVersion.V5, "pub", true)) {
            s1.sendAndReceive(v5Connect("short", 3600));
            s2.sendAndReceive(v5Connect("long", 3 * 3600));
            for (String[] m : new String[][] {{"m/soon", "60"}, {"m/later", "86400"}}) {
                pub.send(new Publish(false, Qos.AT_LEAST_ONCE, true, m[0], 1, b("x"),
                        Properties.of(new Property(PropertyId.MESSAGE_EXPIRY_INTERVAL, Long.parseLong(m[1])))));
                pub.receive(PubAck.class);
            }
            s1.send(new Disconnect());
            s2.send(new Disconnect());
        }
        awaitOffline(null);
        lab.broker().stop();
        lab.restart(TestBroker.config(conf()), java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofHours(2)));
        assertEquals(List.of("long"), lab.broker().clients().stream().map(ClientInfo::clientId).toList());
        assertEquals(List.of("m/later"), lab.broker().retained().stream().map(RetainedInfo::topic).toList());
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "reader", true)) {
            c.sendAndReceive(new Subscribe(1, List.of(new Subscription("m/#", Qos.AT_LEAST_ONCE))));
            Publish p = c.receive(Publish.class);
            long left = p.properties().number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElseThrow();
            assertTrue(left <= 86400 - 7200 && left >= 86400 - 7200 - 5, "re-based expiry, was " + left + " [MQTT-3.3.2-6]");
        }
    }

    @Test
    @DisplayName("A restored session's expiry timer is armed again: it ends on time though nobody reconnects")
    void expiryTimerReArmed() throws Exception {
        ManualClock clock = new ManualClock();
        start(clock);
        try (RawClient c = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            c.sendAndReceive(v5Connect("brief", 1));
            c.send(new Disconnect());
        }
        awaitOffline("brief");
        lab.broker().stop();
        start(clock); // the same clock: no time passed while the broker was down
        assertEquals(List.of("brief"), lab.broker().clients().stream().map(ClientInfo::clientId).toList());
        clock.advance(Duration.ofMillis(999));
        assertEquals(List.of("brief"), lab.broker().clients().stream().map(ClientInfo::clientId).toList(), "not before its 1 s expiry");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(), lab.broker().clients(), "the session ends at its 1 s expiry, though nobody reconnected [MQTT-3.1.2-23]");
    }

    @Test
    @DisplayName("A corrupt file stops the start with its name and what to do, and is left untouched")
    void corruptFileRefused() throws Exception {
        Path file = dir.resolve("mosquitto.db");
        byte[] bad = SnapshotFormatTest.resource(GoldenSnapshots.BAD_CRC);
        Files.write(file, bad);
        BrokerStartException e = assertThrows(BrokerStartException.class, () -> TestBroker.start(conf()));
        assertTrue(e.getMessage().startsWith(file + ": is corrupt: its CRC32 is"), e.getMessage());
        assertTrue(e.getMessage().contains("move it away (or delete it)"), e.getMessage());
        assertArrayEquals(bad, Files.readAllBytes(file));
    }

    @Test
    @DisplayName("Broker.save writes the file at once; the retained store reads back from it")
    void saveNow() throws Exception {
        start();
        try (RawClient pub = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "p", true)) {
            pub.send(new Publish(Qos.AT_LEAST_ONCE, true, "a/b", 1, b("v")));
            pub.receive(PubAck.class);
        }
        assertTrue(lab.broker().save());
        Snapshot s = SnapshotReader.read(dir.resolve("mosquitto.db"));
        assertEquals(List.of("a/b"), s.retained().stream().map(StoredMessage::topic).toList());
    }

    /** Waits until the broker has {@code clientId} (null: every client) offline, so all it sent has been handled. */
    private void awaitOffline(String clientId) {
        Await.until(() -> lab.broker().clients().stream().noneMatch(c -> c.connected() && (clientId == null || c.clientId().equals(clientId))),
                Duration.ofSeconds(10), () -> "still connected: " + lab.broker().clients());
    }
}
