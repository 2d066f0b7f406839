package mqttlab.broker.connect;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.time.Duration;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.ManualClock;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class C01ConnectTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    @Test
    @DisplayName("CONNECT is answered with CONNACK 0 in 3.1.1 and 5.0 [MQTT-3.2.0-1]")
    void accepts() throws Exception {
        for (MqttVersion v : List.of(MqttVersion.V3_1_1, MqttVersion.V5)) {
            try (RawClient c = new RawClient(lab.port(), v)) {
                ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(v, "c1-" + v, true, 60));
                assertEquals(0, ack.reasonCode());
                assertFalse(ack.sessionPresent(), "clean start: no session present [MQTT-3.2.2-1]");
            }
        }
    }

    @Test
    @DisplayName("3.1.1: an empty client id with clean session 0 is rejected with 0x02 [MQTT-3.1.3-8]")
    void emptyIdNotClean() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V3_1_1, "", false, 60));
            assertEquals(2, ack.reasonCode());
            assertTrue(c.closedWithin(2000), "the server closes the connection after a refusing CONNACK [MQTT-3.2.2-5]");
        }
    }

    @Test
    @DisplayName("3.1.1: an empty client id with clean session 1 gets a generated one [MQTT-3.1.3-6]")
    void emptyIdClean() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V3_1_1, "", true, 60));
            assertEquals(0, ack.reasonCode());
            assertTrue(lab.broker().clients().stream().anyMatch(i -> i.clientId().startsWith("auto-")));
        }
    }

    @Test
    @DisplayName("5.0: an empty client id is assigned and returned as Assigned Client Identifier [MQTT-3.2.2-16]")
    void assignedIdentifier() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "", true, 60));
            assertEquals(0, ack.reasonCode());
            String id = ack.properties().string(PropertyId.ASSIGNED_CLIENT_IDENTIFIER).orElseThrow();
            assertTrue(id.startsWith("auto-"), id);
        }
    }

    @Test
    @DisplayName("An unsupported protocol level gets CONNACK 0x01 and the connection is closed [MQTT-3.1.2-2]")
    void unsupportedLevel() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            // CONNECT, protocol name MQTT, level 6, clean session, keep alive 60, client id "x"
            c.sendRaw(new byte[] {0x10, 13, 0, 4, 'M', 'Q', 'T', 'T', 6, 2, 0, 60, 0, 1, 'x'});
            ConnAck ack = c.receive(ConnAck.class);
            assertEquals(1, ack.reasonCode());
            assertTrue(c.closedWithin(2000));
        }
    }

    @Test
    @DisplayName("A first packet other than CONNECT closes the connection [MQTT-3.1.0-1]")
    void firstPacketMustBeConnect() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            c.send(new PingReq());
            assertTrue(c.closedWithin(2000));
        }
    }

    @Test
    @DisplayName("A second CONNECT is a protocol violation: the connection is closed [MQTT-3.1.0-2]")
    void secondConnect() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "twice", true)) {
            c.send(new Connect(MqttVersion.V3_1_1, "twice", true, 60));
            assertTrue(c.closedWithin(2000));
        }
    }

    @Test
    @DisplayName("A second connection with the same client id closes the first [MQTT-3.1.4-2]; v5 gets DISCONNECT 0x8E")
    void takeover() throws Exception {
        try (RawClient first = RawClient.connect(lab.port(), MqttVersion.V5, "same", true);
             RawClient second = RawClient.connect(lab.port(), MqttVersion.V5, "same", true)) {
            Packet last = first.lastBeforeClose(2000);
            assertInstanceOf(Disconnect.class, last);
            assertEquals(ReasonCode.SESSION_TAKEN_OVER.code(), ((Disconnect) last).reasonCode());
            assertEquals(PingResp.class, second.sendAndReceive(new PingReq()).getClass(), "the new connection works");
        }
    }

    @Test
    @DisplayName("No packet for 1.5 x keep alive closes the connection [MQTT-3.1.2-24]")
    void keepAlive() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("", clock);
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            c.sendAndReceive(new Connect(MqttVersion.V3_1_1, "sleepy", true, 1));
            clock.advance(Duration.ofMillis(1450));
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()), "still open at 1.45 s; the PINGREQ counts as heard");
            clock.advance(Duration.ofMillis(1450));
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()), "still open 1.45 s after the PINGREQ");
            // the broker checks every 250 ms: the close comes at most one check after 1.5 s of silence
            clock.advance(Duration.ofMillis(1500 + 250));
            assertTrue(c.closedWithin(5000), "closed after 1.5 x keep alive with no packet");
        }
    }

    @Test
    @DisplayName("PINGREQ is answered with PINGRESP [MQTT-3.12.4-1]")
    void ping() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "pinger", true)) {
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()));
        }
    }

    @Test
    @DisplayName("5.0: Session Expiry keeps the session; reconnecting says session present [MQTT-3.2.2-2]")
    void sessionPresent() throws Exception {
        Properties expiry = Properties.EMPTY.plus(PropertyId.SESSION_EXPIRY_INTERVAL, 300);
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            c.sendAndReceive(new Connect(MqttVersion.V5, "keeper", true, 60, null, null, null, expiry));
            c.send(new Disconnect());
        }
        Await.until(() -> lab.broker().clients().stream().noneMatch(c -> c.clientId().equals("keeper") && c.connected()),
                Duration.ofSeconds(10), "the broker still has keeper connected");
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "keeper", false, 60, null, null, null, expiry));
            assertTrue(ack.sessionPresent());
        }
    }

    @Test
    @DisplayName("5.0: an offline session ends when its Session Expiry Interval has passed (3.1.2.11.2); reconnecting then finds none [MQTT-3.2.2-2]")
    void sessionExpires() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("", clock);
        Properties expiry = Properties.EMPTY.plus(PropertyId.SESSION_EXPIRY_INTERVAL, 5);
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            c.sendAndReceive(new Connect(MqttVersion.V5, "brief", true, 60, null, null, null, expiry));
            c.send(new Disconnect());
        }
        Await.until(() -> lab.broker().clients().stream().noneMatch(c -> c.clientId().equals("brief") && c.connected()),
                Duration.ofSeconds(10), "the broker still has brief connected");
        clock.advance(Duration.ofMillis(4900));
        assertTrue(lab.broker().clients().stream().anyMatch(c -> c.clientId().equals("brief")), "kept before its 5 s");
        clock.advance(Duration.ofMillis(100));
        assertTrue(lab.broker().clients().isEmpty(), "gone after 5 s offline: " + lab.broker().clients());
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "brief", false, 60, null, null, null, expiry));
            assertFalse(ack.sessionPresent());
        }
    }

    @Test
    @DisplayName("max_keepalive: 5.0 gets Server Keep Alive [MQTT-3.2.2-21]; 3.1.1 is accepted as sent, as mosquitto 2.0.11 does")
    void maxKeepAlive() throws Exception {
        lab.restart("max_keepalive 30\n");
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V5)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "ka5", true, 120));
            assertEquals(0, ack.reasonCode());
            assertEquals(30L, ack.properties().number(PropertyId.SERVER_KEEP_ALIVE).orElseThrow());
        }
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            assertEquals(0, ((ConnAck) c.sendAndReceive(new Connect(MqttVersion.V3_1_1, "ka3", true, 120))).reasonCode());
        }
    }
}
