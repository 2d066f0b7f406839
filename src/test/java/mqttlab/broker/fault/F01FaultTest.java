package mqttlab.broker.fault;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packet tap and fault injection the lessons use to show QoS at work. */
class F01FaultTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    @DisplayName("The tap sees the QoS 2 handshake in order, with each packet's exact bytes")
    void tapSeesQos2() throws Exception {
        List<TapEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable t = lab.broker().tap().listen(events::add);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "tp", true)) {
            pub.send(new Publish(Qos.EXACTLY_ONCE, false, "test", 1, bytes("hello world")));
            pub.receive(PubRec.class);
            pub.send(new PubRel(1));
            pub.receive(PubComp.class);
            List<PacketType> seq = events.stream().filter(e -> "tp".equals(e.clientId()))
                    .map(e -> e.packet().type()).toList();
            assertEquals(List.of(PacketType.CONNACK, PacketType.PUBLISH, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP), seq);
            TapEvent pubrec = events.stream().filter(e -> e.packet().type() == PacketType.PUBREC).findFirst().orElseThrow();
            assertEquals(Direction.OUT, pubrec.direction());
            assertArrayEquals(new byte[] {0x50, 2, 0, 1}, pubrec.bytes());
        }
    }

    @Test
    @DisplayName("Dropping a subscriber's PUBACK forces a redelivery with DUP=1 when it reconnects")
    void dropPubAck() throws Exception {
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "fp", true)) {
            RawClient sub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "fs", false);
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("f", Qos.AT_LEAST_ONCE))));
            lab.broker().faults().add(Fault.drop("fs", PacketType.PUBACK, Direction.IN, 1));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "f", 1, bytes("x")));
            Publish first = sub.receive(Publish.class);
            sub.send(new PubAck(first.packetId())); // the broker never sees it
            sub.sendAndReceive(new PingReq());
            sub.drop();
            try (RawClient again = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
                again.sendAndReceive(new Connect(MqttVersion.V3_1_1, "fs", false, 60));
                assertTrue(again.receive(Publish.class).dup());
            }
        }
    }

    @Test
    @DisplayName("cut closes a client abruptly, so its will fires")
    void cut() throws Exception {
        try (RawClient w = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "cw", true)) {
            w.sendAndReceive(new Subscribe(1, List.of(new Subscription("will/#", Qos.AT_MOST_ONCE))));
            RawClient victim = new RawClient(lab.port(), MqttVersion.V3_1_1);
            victim.sendAndReceive(new Connect(MqttVersion.V3_1_1, "victim", true, 60,
                    new Will("will/victim", bytes("gone"), Qos.AT_MOST_ONCE, false), null, null, mqttlab.protocol.property.Properties.EMPTY));
            assertTrue(lab.broker().cut("victim"));
            assertEquals("gone", w.receive(Publish.class).payloadAsString());
            victim.close();
        }
    }
}
