package mqttlab.broker.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * mosquitto's two size limits, over real TCP: {@code max_packet_size} (the whole packet, announced in
 * the v5 CONNACK) and {@code message_size_limit} (a PUBLISH payload).
 */
class L01PacketSizeLimitTest {
    private static ConnAck connectV5(RawClient c, String id) throws Exception {
        return (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, id, true, 60));
    }

    @Test
    @DisplayName("5.0 CONNACK announces Maximum Packet Size: max_packet_size, or the lab's 16 MiB cap by default [MQTT-3.2.2-15]")
    void connackAnnouncesMaximumPacketSize() throws Exception {
        try (Broker broker = TestBroker.start("max_packet_size 1000\n"); RawClient c = new RawClient(broker.port(), MqttVersion.V5)) {
            assertEquals(1000, connectV5(c, "a").properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(-1));
        }
        try (Broker broker = TestBroker.start(); RawClient c = new RawClient(broker.port(), MqttVersion.V5)) {
            assertEquals(BrokerConfig.DEFAULT_PACKET_CAP, connectV5(c, "b").properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(-1));
        }
    }

    @Test
    @DisplayName("A packet over max_packet_size: 5.0 DISCONNECT 0x95 Packet too large, 3.1.1 closed, logged with the sizes")
    void overMaxPacketSize() throws Exception {
        try (Broker broker = TestBroker.start("max_packet_size 1000\nlog_type notice\nlog_dest none\n")) {
            List<String> log = new CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            try (RawClient c = new RawClient(broker.port(), MqttVersion.V5)) {
                connectV5(c, "big5");
                c.send(new Publish(Qos.AT_LEAST_ONCE, false, "t", 1, new byte[1000]));
                Packet last = c.lastBeforeClose(3000);
                assertEquals(ReasonCode.PACKET_TOO_LARGE.code(), ((Disconnect) last).reasonCode(), "0x95 (5.0 section 3.14.2.1)");
            }
            try (RawClient c = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "big3", true)) {
                c.send(new Publish(Qos.AT_LEAST_ONCE, false, "t", 1, new byte[1000]));
                assertTrue(c.closedWithin(3000), "3.1.1 has no DISCONNECT from the server: the connection is closed");
            }
            assertTrue(log.stream().anyMatch(l -> l.endsWith("Client big5 disconnected due to oversize packet.")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("max_packet_size is 1000")), log.toString());
        }
    }

    @Test
    @DisplayName("5.0 PUBLISH over message_size_limit: PUBACK / PUBREC 0x83, not delivered; at the limit it goes through")
    void v5MessageSizeLimit() throws Exception {
        try (Broker broker = TestBroker.start("message_size_limit 100\nlog_type notice\nlog_dest none\n");
             RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "sub", true);
             RawClient pub = new RawClient(broker.port(), MqttVersion.V5)) {
            List<String> log = new CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("t/#", Qos.AT_LEAST_ONCE))));
            connectV5(pub, "pub");
            // 0x95 is not among PUBACK's reason codes (5.0 section 3.4.2.1); 0x83 is, and mosquitto sends it
            PubAck ack = (PubAck) pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "t/1", 1, new byte[101]));
            assertEquals(ReasonCode.IMPLEMENTATION_SPECIFIC_ERROR.code(), ack.reasonCode());
            PubRec rec = (PubRec) pub.sendAndReceive(new Publish(Qos.EXACTLY_ONCE, false, "t/2", 2, new byte[101]));
            assertEquals(ReasonCode.IMPLEMENTATION_SPECIFIC_ERROR.code(), rec.reasonCode(), "5.0 section 3.5.2.1");
            assertTrue(sub.silentFor(300), "a refused message is not delivered");
            assertEquals(0, ((PubAck) pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "t/3", 3, new byte[100]))).reasonCode());
            assertEquals(100, sub.receive(Publish.class).payload().length);
            assertTrue(log.stream().anyMatch(l -> l.endsWith("Refused PUBLISH from pub: its payload is 101 bytes, over message_size_limit (100).")), log.toString());
        }
    }

    @Test
    @DisplayName("3.1.1 PUBLISH over message_size_limit: the connection is closed, never a PUBACK for a dropped message [MQTT-3.3.5-2]")
    void v3MessageSizeLimit() throws Exception {
        try (Broker broker = TestBroker.start("message_size_limit 100\n");
             RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "sub", true);
             RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("t/#", Qos.AT_LEAST_ONCE))));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "t/1", 1, new byte[101]));
            assertNull(lastOrNull(pub), "closed without a PUBACK");
            assertTrue(sub.silentFor(300), "nothing delivered");
        }
    }

    private static Packet lastOrNull(RawClient c) throws Exception {
        return c.lastBeforeClose(3000);
    }
}
