package mqttlab.broker.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 5.0 3.3.4 / 4.9: the CONNACK's Receive Maximum caps the QoS 1 and 2 PUBLISH packets a client may
 * have unacknowledged [MQTT-3.3.4-7]; one more, and the server sends DISCONNECT 0x93 Receive
 * Maximum exceeded. Here max_inflight_messages 3 makes the Receive Maximum 3.
 */
class P03ReceiveMaximumTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension("max_inflight_messages 3\n");
    static Publish qos2(int id, boolean dup) {
        return new Publish(dup, Qos.EXACTLY_ONCE, false, "rm/t", id, new byte[] {'x'}, Properties.EMPTY);
    }

    private static int unread(RawClient c) {
        try {
            return c.available();
        } catch (java.io.IOException closed) {
            return -1;
        }
    }

    @Test
    @DisplayName("The CONNACK announces Receive Maximum 3; a fourth QoS 2 PUBLISH awaiting PUBREL gets DISCONNECT 0x93")
    void exceeded() throws Exception {
        try (RawClient c = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, "rm1", true, 60));
            assertEquals(3, ack.properties().number(PropertyId.RECEIVE_MAXIMUM).orElseThrow());
            for (int id = 1; id <= 3; id++) assertInstanceOf(PubRec.class, c.sendAndReceive(qos2(id, false)));
            assertInstanceOf(PubRec.class, c.sendAndReceive(qos2(2, true)), "a re-sent PUBLISH (DUP) does not count twice");
            c.send(qos2(4, false));
            Disconnect d = assertInstanceOf(Disconnect.class, c.lastBeforeClose(3000));
            assertEquals(ReasonCode.RECEIVE_MAXIMUM_EXCEEDED.code(), d.reasonCode());
        }
    }

    @Test
    @DisplayName("A client still acknowledging after the 0x93 can write on and still reads the DISCONNECT [MQTT-3.14.4-2] (Paho test_flow_control2)")
    void disconnectReachesABusyClient() throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "rm4", true)) {
            List<TapEvent> sent = new CopyOnWriteArrayList<>();
            try (AutoCloseable tap = lab.broker().tap().listen(e -> { if (e.direction() == Direction.OUT) sent.add(e); })) {
                for (int id = 1; id <= 4; id++) c.send(qos2(id, false)); // the fourth is one too many
                // the broker has answered and shut its side: its PUBRECs and DISCONNECT wait, unread, in the client's socket
                Await.until(() -> sent.stream().anyMatch(e -> e.packet() instanceof Disconnect)
                        && unread(c) >= sent.stream().mapToInt(e -> e.bytes().length).sum(), Duration.ofSeconds(10),
                        () -> "the broker sent " + sent.stream().map(e -> e.packet().type()).toList() + ", the client has " + unread(c) + " bytes");
            }
            // Paho's client works through its PUBRECs, sending a PUBREL for each, before it reaches the
            // DISCONNECT. Closed outright, the broker's socket would answer the first with a reset, and
            // the second write fails with "Broken pipe" before the client ever reads the reason code.
            c.send(new PubRel(1, 0, Properties.EMPTY));
            // time must really pass: a reset, had the broker closed outright, needs a moment to come back and fail the next write
            Thread.sleep(100);
            c.send(new PubRel(2, 0, Properties.EMPTY));
            Disconnect d = assertInstanceOf(Disconnect.class, c.lastBeforeClose(3000));
            assertEquals(ReasonCode.RECEIVE_MAXIMUM_EXCEEDED.code(), d.reasonCode());
        }
    }

    @Test
    @DisplayName("PUBREL frees the quota: the flow goes on as long as no more than 3 wait")
    void withinQuota() throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "rm2", true)) {
            for (int id = 1; id <= 3; id++) assertInstanceOf(PubRec.class, c.sendAndReceive(qos2(id, false)));
            assertInstanceOf(PubComp.class, c.sendAndReceive(new PubRel(1, 0, Properties.EMPTY)));
            assertInstanceOf(PubRec.class, c.sendAndReceive(qos2(4, false)));
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()), "still connected");
        }
    }

    @Test
    @DisplayName("3.1.1 has no Receive Maximum: ten QoS 2 messages may wait for PUBREL")
    void v311() throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "rm3", true)) {
            for (int id = 1; id <= 10; id++) assertInstanceOf(PubRec.class, c.sendAndReceive(qos2(id, false)));
        }
    }
}
