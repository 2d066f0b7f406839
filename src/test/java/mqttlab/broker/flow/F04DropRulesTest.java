package mqttlab.broker.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import mqttlab.broker.Broker;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.*;
import mqttlab.shell.trace.PacketLine;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An offline durable client: mosquitto's rules (mosquitto.conf(5), max_queued_messages,
 * queue_qos0_messages). QoS 1 queued up to the limit, the rest dropped; QoS 0 not queued. Every drop
 * counted, logged once per episode, and seen by the tap as a DROPPED packet.
 */
class F04DropRulesTest {
    @Test
    @DisplayName("Offline client with max_queued_messages 5: 5 of 10 QoS 1 kept, 5 dropped, counted, logged once, tapped")
    void offlineQueueLimit() throws Exception {
        try (Broker broker = TestBroker.start("max_queued_messages 5\nlog_type notice\nlog_dest none\n")) {
            List<String> log = new CopyOnWriteArrayList<>();
            List<TapEvent> tapped = new CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            try (AutoCloseable tap = broker.tap().listen(tapped::add)) {
                try (RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "durable", false)) {
                    sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("q/#", Qos.AT_LEAST_ONCE))));
                    sub.send(new Disconnect());
                }
                Await.until(() -> broker.clients().stream().noneMatch(c -> c.clientId().equals("durable") && c.connected()),
                        Duration.ofSeconds(10), "durable is still connected");
                try (RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
                    for (int i = 1; i <= 10; i++) {
                        PubAck ack = (PubAck) pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "q/x", i, ("m" + i).getBytes(StandardCharsets.UTF_8)));
                        assertEquals(i, ack.packetId());
                    }
                    pub.send(new Publish(Qos.AT_MOST_ONCE, false, "q/zero", 0, new byte[] {1})); // not queued offline
                    pub.sendAndReceive(new PingReq());
                }
                assertEquals(6, broker.stats().publishDropped(), "5 over the limit, and the QoS 0 one");
                assertEquals(1, log.stream().filter(l -> l.endsWith("Outgoing messages are being dropped for client durable.")).count(), log.toString());
                List<TapEvent> drops = tapped.stream().filter(e -> e.direction() == Direction.DROPPED).toList();
                assertEquals(6, drops.size());
                assertEquals("durable", drops.get(0).clientId());
                assertEquals("m6", new String(((Publish) drops.get(0).packet()).payload(), StandardCharsets.UTF_8), "the newest are dropped, as mosquitto does");
                assertEquals("broker ✕ durable  dropped: PUBLISH q1 'q/x'", PacketLine.describe(drops.get(0)));

                try (RawClient back = new RawClient(broker.port(), MqttVersion.V3_1_1)) {
                    ConnAck ack = (ConnAck) back.sendAndReceive(new Connect(MqttVersion.V3_1_1, "durable", false, 60));
                    assertTrue(ack.sessionPresent());
                    for (int i = 1; i <= 5; i++) {
                        Publish p = back.receive(Publish.class);
                        assertEquals("m" + i, new String(p.payload(), StandardCharsets.UTF_8));
                        back.send(new PubAck(p.packetId()));
                    }
                    assertTrue(back.silentFor(300), "only the 5 queued ones");
                }
            }
        }
    }
}
