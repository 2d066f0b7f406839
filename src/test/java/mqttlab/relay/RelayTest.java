package mqttlab.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.testsupport.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The relay in front of Debian's mosquitto 2.0.11: what passes is decoded onto the tap, logged as
 * mosquitto logs it (the very lines mosquitto's own -v log has), faulted, and a malformed packet
 * closes only its own connection.
 */
@Timeout(60)
class RelayTest {
    private MosquittoProcess mosquitto;
    private Relay relay;
    private final List<TapEvent> seen = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        mosquitto = MosquittoProcess.start("max_qos 2");
        relay = Relay.start(Upstream.parse("tcp://127.0.0.1:" + mosquitto.port(), null), 0, BrokerLog.silent(), Clock.systemUTC(), null, null);
        relay.tap().listen(seen::add);
        relay.log().addListener(line -> log.add(line.replaceFirst("^\\d+: ", "")));
    }

    @AfterEach
    void stop() throws Exception {
        if (relay != null) relay.close();
        if (mosquitto != null) mosquitto.close();
    }

    @Test
    @DisplayName("a QoS 2 publish: the tap sees PUBLISH, PUBREC, PUBREL, PUBCOMP, and the relay logs mosquitto's own lines")
    void qos2HandshakeAndLog() throws Exception {
        try (RawClient sub = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "sub1", true);
             RawClient pub = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "pub1", true)) {
            SubAck granted = (SubAck) sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("a/#", Qos.EXACTLY_ONCE))));
            assertEquals(List.of(2), granted.reasonCodes());
            assertInstanceOf(PubRec.class, pub.sendAndReceive(new Publish(Qos.EXACTLY_ONCE, false, "a/b", 7, "hi".getBytes())));
            assertInstanceOf(PubComp.class, pub.sendAndReceive(new PubRel(7, 0, mqttlab.protocol.property.Properties.EMPTY)));
            Publish delivered = sub.receive(Publish.class);
            assertEquals("a/b", delivered.topic());
            assertInstanceOf(PubRel.class, sub.sendAndReceive(new PubRec(delivered.packetId(), 0, mqttlab.protocol.property.Properties.EMPTY)));
            sub.send(new PubComp(delivered.packetId(), 0, mqttlab.protocol.property.Properties.EMPTY));
            await(() -> seen.stream().anyMatch(e -> "sub1".equals(e.clientId()) && e.packet() instanceof PubComp), "the subscriber's PUBCOMP on the tap");
        }
        List<String> pubFlow = new ArrayList<>();
        for (TapEvent e : seen) if ("pub1".equals(e.clientId()) && e.packet().type() != PacketType.CONNECT && e.packet().type() != PacketType.CONNACK) pubFlow.add(e.direction() + " " + e.packet().type());
        assertEquals(List.of("IN PUBLISH", "OUT PUBREC", "IN PUBREL", "OUT PUBCOMP"), pubFlow.subList(0, 4));
        // every packet line the relay wrote is one mosquitto itself wrote for the same packet (timestamps aside)
        await(() -> mosquitto.log().contains("Received PUBCOMP from sub1"), "mosquitto's log of the last PUBCOMP");
        String theirs = mosquitto.log();
        int compared = 0;
        for (String line : log) {
            if (line.matches("(Received|Sending) (PUBLISH|PUBREC|PUBREL|PUBCOMP|SUBSCRIBE|SUBACK|CONNACK) .*")) {
                assertTrue(theirs.contains(": " + line + "\n"), "mosquitto never wrote: " + line + "\n--- mosquitto:\n" + theirs);
                compared++;
            }
        }
        assertTrue(compared >= 10, "only " + compared + " lines compared: " + log);
        assertTrue(log.contains("Received PUBLISH from pub1 (d0, q2, r0, m7, 'a/b', ... (2 bytes))"), log.toString());
    }

    @Test
    @DisplayName("fault drop puback: the subscriber's PUBACK is on the tap but never reaches mosquitto")
    void dropPubAck() throws Exception {
        relay.faults().add(Fault.drop("sub1", PacketType.PUBACK, Direction.IN, 1));
        try (RawClient sub = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "sub1", true);
             RawClient pub = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "pub1", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("d/#", Qos.AT_LEAST_ONCE))));
            pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "d/1", 1, "x".getBytes()));
            Publish p = sub.receive(Publish.class);
            sub.send(new PubAck(p.packetId()));
            await(() -> log.stream().anyMatch(l -> l.equals("Fault: dropped PUBACK from sub1.")), "the fault's log line");
            pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "d/2", 2, "y".getBytes()));
            Publish second = sub.receive(Publish.class);
            sub.send(new PubAck(second.packetId()));
            await(() -> mosquitto.log().contains("Received PUBACK from sub1 (Mid: " + second.packetId()), "the second PUBACK at mosquitto:\n" + mosquitto.log() + "\n--- relay:\n" + log);
        }
        assertTrue(seen.stream().anyMatch(e -> "sub1".equals(e.clientId()) && e.packet() instanceof PubAck), "the dropped PUBACK is traced");
        assertFalse(mosquitto.log().contains("Received PUBACK from sub1 (Mid: 1,"), "mosquitto got the dropped PUBACK:\n" + mosquitto.log());
        assertTrue(relay.faults().list().isEmpty());
    }

    @Test
    @DisplayName("fault duplicate through the relay to mosquitto: QoS 1 delivered twice [MQTT-4.3.2-5], QoS 2 once [MQTT-4.3.3-10], DUP=1 on the copy")
    void duplicate() throws Exception {
        mqttlab.testsupport.DuplicateScenarios.qos1DeliveredTwice(relay);
        mqttlab.testsupport.DuplicateScenarios.qos2DeliveredOnce(relay);
        mqttlab.testsupport.DuplicateScenarios.qos1CopyToSubscriber(relay);
        assertTrue(log.contains("Fault: duplicated PUBLISH from dpub1."), log.toString());
        assertTrue(log.contains("Received PUBLISH from dpub1 (d1, q1, r0, m5, 'dq/1', ... (5 bytes))"), log.toString());
        // mosquitto itself received the copy, DUP=1 and all
        await(() -> mosquitto.log().contains("Received PUBLISH from dpub2 (d1, q2, r0, m6, 'dq2/1', ... (4 bytes))"), "mosquitto's line for the QoS 2 copy:\n" + mosquitto.log());
    }

    @Test
    @DisplayName("a malformed packet closes only its own connection: v5 gets DISCONNECT 0x81 [MQTT-4.13.1-1], others go on")
    void malformedClosesOnlyThatConnection() throws Exception {
        List<Relay.MalformedSeen> bad = new CopyOnWriteArrayList<>();
        relay.onMalformed(bad::add);
        try (RawClient good = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "good", true);
             RawClient broken = RawClient.connect(relay.port(), MqttVersion.V5, "broken", true)) {
            // PUBLISH with both QoS bits set: QoS 3 is malformed [MQTT-3.3.1-4]
            broken.sendRaw(new byte[] {0x36, 0x05, 0x00, 0x01, 'a', 0x00, 0x01});
            var last = broken.lastBeforeClose(3000);
            assertInstanceOf(Disconnect.class, last);
            assertEquals(0x81, ((Disconnect) last).reasonCode());
            await(() -> !bad.isEmpty(), "the malformed notice");
            assertEquals("broken", bad.get(0).client());
            assertEquals(Direction.IN, bad.get(0).direction());
            assertTrue(bad.get(0).why().contains("MQTT-3.3.1-4"), bad.get(0).why());
            assertInstanceOf(PubAck.class, good.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "still/here", 3, "ok".getBytes())));
        }
        await(() -> mosquitto.log().contains("Client broken closed its connection.") || mosquitto.log().contains("Client broken disconnected"), "mosquitto to see broken go");
        assertTrue(log.contains("Client broken disconnected due to malformed packet."), log.toString());
    }

    @Test
    @DisplayName("an unreachable broker: the link says so in one line, and a CONNECT is refused as Server unavailable (3.2.2.3)")
    void unreachable() throws Exception {
        int closed = mosquitto.port();
        mosquitto.close();
        mosquitto = null;
        try (Relay down = Relay.start(Upstream.parse("tcp://127.0.0.1:" + closed, null), 0, BrokerLog.silent(), Clock.systemUTC(), null, null);
             RawClient c = new RawClient(down.port(), MqttVersion.V3_1_1)) {
            assertFalse(down.link().up());
            assertTrue(down.link().reason().contains("Connection refused"), down.link().reason());
            assertFalse(down.link().reason().contains("\n"));
            c.send(new mqttlab.protocol.packet.Connect(MqttVersion.V3_1_1, "early", true, 60));
            ConnAck a = c.receive(ConnAck.class);
            assertEquals(3, a.reasonCode());
        }
    }

    static void await(BooleanSupplier condition, String what) {
        mqttlab.testsupport.Await.until(condition, java.time.Duration.ofSeconds(10), what);
    }
}
