package mqttlab.broker.session;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lecture's transient and durable subscriptions: the clean session flag. */
class D01DurableSessionTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    @DisplayName("Clean session 0: subscriptions survive and QoS 1 messages are queued while offline [MQTT-3.1.2-4]")
    void durable() throws Exception {
        try (RawClient app = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "app", false)) {
            app.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/+/+/temperature", Qos.AT_LEAST_ONCE))));
            app.send(new Disconnect());
        }
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "sensor", true)) {
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "building/125/sensor1/temperature", 1, bytes("24.8")));
            pub.receive(PubAck.class);
        }
        try (RawClient app = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            ConnAck ack = (ConnAck) app.sendAndReceive(new Connect(MqttVersion.V3_1_1, "app", false, 60));
            assertTrue(ack.sessionPresent());
            Publish got = app.receive(Publish.class);
            assertEquals("24.8", got.payloadAsString());
        }
    }

    @Test
    @DisplayName("Clean session 1: nothing is kept, messages published meanwhile are lost [MQTT-3.1.2-6]")
    void transientSession() throws Exception {
        try (RawClient app = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "tapp", true)) {
            app.sendAndReceive(new Subscribe(1, List.of(new Subscription("t", Qos.AT_LEAST_ONCE))));
            app.send(new Disconnect());
        }
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "tp", true)) {
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "t", 1, bytes("lost")));
            pub.receive(PubAck.class);
        }
        try (RawClient app = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            ConnAck ack = (ConnAck) app.sendAndReceive(new Connect(MqttVersion.V3_1_1, "tapp", false, 60));
            assertFalse(ack.sessionPresent());
            assertTrue(app.silentFor(300));
        }
    }

    @Test
    @DisplayName("Unacknowledged QoS 1 messages are resent with DUP=1 when the session resumes [MQTT-4.4.0-1]")
    void redeliveryWithDup() throws Exception {
        int firstId;
        try (RawClient app = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "dup", false);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "dupp", true)) {
            app.sendAndReceive(new Subscribe(1, List.of(new Subscription("d", Qos.AT_LEAST_ONCE))));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "d", 1, bytes("again")));
            Publish first = app.receive(Publish.class);
            assertFalse(first.dup());
            firstId = first.packetId();
            app.drop(); // no PUBACK
        }
        Await.until(() -> lab.broker().clients().stream().noneMatch(c -> c.clientId().equals("dup") && c.connected()),
                Duration.ofSeconds(10), "the broker still has dup connected");
        try (RawClient app = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            app.sendAndReceive(new Connect(MqttVersion.V3_1_1, "dup", false, 60));
            Publish again = app.receive(Publish.class);
            assertTrue(again.dup(), "DUP=1 on redelivery [MQTT-3.3.1-1]");
            assertEquals(firstId, again.packetId(), "same packet identifier");
            app.send(new PubAck(again.packetId()));
        }
    }

    @Test
    @DisplayName("max_queued_messages bounds the offline queue")
    void queueBound() throws Exception {
        lab.restart("max_queued_messages 3\n");
        try (RawClient app = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "q", false)) {
            app.sendAndReceive(new Subscribe(1, List.of(new Subscription("q", Qos.AT_LEAST_ONCE))));
            app.send(new Disconnect());
        }
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "qp", true)) {
            for (int i = 1; i <= 10; i++) {
                pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "q", i, bytes("" + i)));
                pub.receive(PubAck.class);
            }
        }
        try (RawClient app = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            app.sendAndReceive(new Connect(MqttVersion.V3_1_1, "q", false, 60));
            for (int i = 1; i <= 3; i++) {
                Publish p = app.receive(Publish.class);
                assertEquals("" + i, p.payloadAsString());
                app.send(new PubAck(p.packetId()));
            }
            assertTrue(app.silentFor(300), "only 3 were kept");
        }
    }
}
