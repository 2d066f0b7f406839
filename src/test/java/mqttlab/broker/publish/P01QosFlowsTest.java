package mqttlab.broker.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class P01QosFlowsTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    RawClient subscriber(String id, String filter, Qos qos) throws Exception {
        RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, id, true);
        SubAck ack = (SubAck) c.sendAndReceive(new Subscribe(1, List.of(new Subscription(filter, qos))));
        assertEquals(List.of(qos.value()), ack.reasonCodes());
        return c;
    }

    @Test
    @DisplayName("QoS 0: delivered with no acknowledgement, no packet id [MQTT-4.3.1-1]")
    void qos0() throws Exception {
        try (RawClient sub = subscriber("s0", "test", Qos.AT_MOST_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p0", true)) {
            pub.send(new Publish(Qos.AT_MOST_ONCE, false, "test", 0, bytes("hello world")));
            Publish got = sub.receive(Publish.class);
            assertEquals("test", got.topic());
            assertEquals("hello world", got.payloadAsString());
            assertEquals(Qos.AT_MOST_ONCE, got.qos());
            assertTrue(pub.silentFor(200), "no acknowledgement for QoS 0");
        }
    }

    @Test
    @DisplayName("QoS 1: PUBACK to the publisher, PUBLISH with a packet id to the subscriber [MQTT-4.3.2-1]")
    void qos1() throws Exception {
        try (RawClient sub = subscriber("s1", "test", Qos.AT_LEAST_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p1", true)) {
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "test", 7, bytes("33")));
            assertEquals(7, pub.receive(PubAck.class).packetId(), "PUBACK carries the publisher's packet id [MQTT-2.2.1-4]");
            Publish got = sub.receive(Publish.class);
            assertEquals(Qos.AT_LEAST_ONCE, got.qos());
            assertNotEquals(0, got.packetId());
            assertFalse(got.dup());
            sub.send(new PubAck(got.packetId()));
        }
    }

    @Test
    @DisplayName("QoS 2: PUBREC, PUBREL, PUBCOMP on both sides; delivered once after PUBREL [MQTT-4.3.3-1]")
    void qos2() throws Exception {
        try (RawClient sub = subscriber("s2", "test", Qos.EXACTLY_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p2", true)) {
            pub.send(new Publish(Qos.EXACTLY_ONCE, false, "test", 3, bytes("hello world")));
            assertEquals(3, pub.receive(PubRec.class).packetId());
            // The publisher resends (DUP=1) before PUBREL: the message must not be delivered twice [MQTT-4.3.3-10]
            pub.send(new Publish(true, Qos.EXACTLY_ONCE, false, "test", 3, bytes("hello world"), mqttlab.protocol.property.Properties.EMPTY));
            assertEquals(3, pub.receive(PubRec.class).packetId());
            pub.send(new PubRel(3));
            assertEquals(3, pub.receive(PubComp.class).packetId());
            Publish got = sub.receive(Publish.class);
            assertEquals(Qos.EXACTLY_ONCE, got.qos());
            sub.send(new PubRec(got.packetId()));
            assertEquals(got.packetId(), sub.receive(PubRel.class).packetId());
            sub.send(new PubComp(got.packetId()));
            assertTrue(sub.silentFor(300), "exactly once: no second copy");
        }
    }

    @Test
    @DisplayName("QoS is downgraded to the subscription's maximum [MQTT-3.8.4-6]")
    void downgrade() throws Exception {
        try (RawClient sub = subscriber("s3", "test", Qos.AT_LEAST_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p3", true)) {
            pub.send(new Publish(Qos.EXACTLY_ONCE, false, "test", 1, bytes("x")));
            pub.receive(PubRec.class);
            pub.send(new PubRel(1));
            pub.receive(PubComp.class);
            assertEquals(Qos.AT_LEAST_ONCE, sub.receive(Publish.class).qos());
        }
    }

    @Test
    @DisplayName("Messages from one publisher arrive in order [MQTT-4.6.0-5]")
    void ordering() throws Exception {
        try (RawClient sub = subscriber("s4", "order/#", Qos.AT_LEAST_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p4", true)) {
            for (int i = 1; i <= 50; i++) pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "order/a", i, bytes("" + i)));
            for (int i = 1; i <= 50; i++) {
                Publish p = sub.receive(Publish.class);
                assertEquals("" + i, p.payloadAsString());
                sub.send(new PubAck(p.packetId()));
            }
        }
    }

    @Test
    @DisplayName("The in-flight window holds at most max_inflight_messages unacknowledged QoS 1 messages")
    void inflightWindow() throws Exception {
        lab.restart("max_inflight_messages 2\n");
        try (RawClient sub = subscriber("s5", "w", Qos.AT_LEAST_ONCE);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "p5", true)) {
            for (int i = 1; i <= 4; i++) pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "w", i, bytes("" + i)));
            Publish a = sub.receive(Publish.class);
            Publish b = sub.receive(Publish.class);
            assertTrue(sub.silentFor(300), "the third waits for an acknowledgement");
            sub.send(new PubAck(a.packetId()));
            assertEquals("3", sub.receive(Publish.class).payloadAsString());
            sub.send(new PubAck(b.packetId()));
            assertEquals("4", sub.receive(Publish.class).payloadAsString());
        }
    }
}
