package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.broker.BrokerView;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.PingReq;
import mqttlab.protocol.packet.PingResp;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;

/**
 * `fault duplicate`, the same scenarios against any {@link BrokerView}: the embedded broker, and the
 * relay in front of mosquitto. A duplicated QoS 1 PUBLISH is a new message to its receiver
 * [MQTT-4.3.2-5] (3.1.1: [MQTT-4.3.2-2]), so it is delivered twice; a duplicated QoS 2 PUBLISH is
 * recognised by its packet id until PUBREL and not delivered again [MQTT-4.3.3-10] (3.1.1:
 * [MQTT-4.3.3-2]). The copy carries DUP=1 [MQTT-3.3.1-1]. The sender gets one answer. "Not delivered
 * again" is shown without waiting: a QoS 0 marker published afterwards is the subscriber's next message.
 */
public final class DuplicateScenarios {
    private DuplicateScenarios() { }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** QoS 1, duplicated on its way in: the subscriber gets it twice; the publisher one PUBACK. */
    public static void qos1DeliveredTwice(BrokerView b) throws Exception {
        List<TapEvent> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable t = b.tap().listen(seen::add);
             RawClient sub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dsub1", true);
             RawClient pub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dpub1", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("dq/#", Qos.AT_LEAST_ONCE))));
            b.faults().add(Fault.duplicate("dpub1", PacketType.PUBLISH, Direction.IN, 1));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "dq/1", 5, bytes("twice")));
            assertEquals(5, pub.receive(PubAck.class).packetId());
            assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()), "the publisher got a second PUBACK (the answer to the copy)");
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Publish p = sub.receive(Publish.class);
                got.add(p.topic() + " " + p.payloadAsString());
                // the broker's PUBLISH is a new delivery of its own: DUP is set by the broker's own resends only [MQTT-3.3.1-3]
                assertFalse(p.dup(), "DUP on the broker's delivery " + i);
                sub.send(new PubAck(p.packetId()));
            }
            assertEquals(List.of("dq/1 twice", "dq/1 twice"), got, "at least once: the copy is delivered too");
            pub.send(new Publish(Qos.AT_MOST_ONCE, false, "dq/end", 0, bytes("end")));
            assertEquals("dq/end", sub.receive(Publish.class).topic());
        }
        List<TapEvent> in = seen.stream().filter(e -> "dpub1".equals(e.clientId()) && e.direction() == Direction.IN
                && e.packet() instanceof Publish p && p.topic().equals("dq/1")).toList();
        assertEquals(2, in.size(), "the original and the copy on the tap: " + in);
        assertFalse(((Publish) in.get(0).packet()).dup());
        assertTrue(((Publish) in.get(1).packet()).dup(), "the copy is a re-delivery: DUP=1 [MQTT-3.3.1-1]");
        assertEquals(0x3a, in.get(1).bytes()[0] & 0xff, "the copy's first byte: PUBLISH, DUP=1, QoS 1");
        assertEquals(2, seen.stream().filter(e -> "dpub1".equals(e.clientId()) && e.packet() instanceof PubAck).count(),
                "the broker answered both (the tap shows the one that went no further)");
        assertTrue(b.faults().list().isEmpty());
    }

    /** QoS 2, duplicated on its way in: the broker answers the copy with PUBREC and delivers the message once. */
    public static void qos2DeliveredOnce(BrokerView b) throws Exception {
        List<TapEvent> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable t = b.tap().listen(seen::add);
             RawClient sub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dsub2", true);
             RawClient pub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dpub2", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("dq2/#", Qos.EXACTLY_ONCE))));
            b.faults().add(Fault.duplicate("dpub2", PacketType.PUBLISH, Direction.IN, 1));
            pub.send(new Publish(Qos.EXACTLY_ONCE, false, "dq2/1", 6, bytes("once")));
            assertEquals(6, pub.receive(PubRec.class).packetId());
            assertEquals(6, ((PubComp) pub.sendAndReceive(new PubRel(6))).packetId(), "one PUBREC reached the publisher, then PUBCOMP");
            Publish p = sub.receive(Publish.class);
            assertEquals("once", p.payloadAsString());
            assertInstanceOf(PubRel.class, sub.sendAndReceive(new PubRec(p.packetId())));
            sub.send(new PubComp(p.packetId()));
            pub.send(new Publish(Qos.AT_MOST_ONCE, false, "dq2/end", 0, bytes("end")));
            assertEquals("dq2/end", sub.receive(Publish.class).topic(), "exactly once: the copy was not delivered");
        }
        assertEquals(2, seen.stream().filter(e -> "dpub2".equals(e.clientId()) && e.packet() instanceof PubRec).count(),
                "the broker answered the copy with PUBREC too [MQTT-4.3.3-10]");
    }

    /** QoS 1, duplicated on its way out to the subscriber: it receives the copy with DUP=1 and the same packet id. */
    public static void qos1CopyToSubscriber(BrokerView b) throws Exception {
        try (RawClient sub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dsub3", true);
             RawClient pub = RawClient.connect(b.port(), MqttVersion.V3_1_1, "dpub3", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("dq3/#", Qos.AT_LEAST_ONCE))));
            b.faults().add(Fault.duplicate("dsub3", PacketType.PUBLISH, Direction.OUT, 1));
            pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "dq3/1", 7, bytes("x")));
            Publish first = sub.receive(Publish.class);
            Publish copy = sub.receive(Publish.class);
            assertFalse(first.dup());
            assertTrue(copy.dup(), "DUP=1 on the copy [MQTT-3.3.1-1]");
            assertEquals(first.packetId(), copy.packetId());
            sub.send(new PubAck(first.packetId()));
            sub.send(new PubAck(copy.packetId()));
            assertInstanceOf(PingResp.class, sub.sendAndReceive(new PingReq()));
        }
    }
}
