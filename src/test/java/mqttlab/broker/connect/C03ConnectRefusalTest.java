package mqttlab.broker.connect;

import static mqttlab.testsupport.Frames.bytes;
import static mqttlab.testsupport.Frames.connect;
import static mqttlab.testsupport.Frames.string;
import static org.junit.jupiter.api.Assertions.*;

import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Frames;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A CONNECT the broker cannot accept is answered with the CONNACK its version allows, then closed:
 * 5.0 always with the reason code (section 4.13.1 lets the server send one), 3.1.1 with the return
 * code where its standard names one, and otherwise closed without CONNACK [MQTT-3.1.4-1].
 */
class C03ConnectRefusalTest {
    @RegisterExtension
    static final TestBrokerExtension lab = new TestBrokerExtension();

    /** What the broker sent before it closed: the CONNACK, or null. */
    static ConnAck answer(MqttVersion v, byte[] connect) throws Exception {
        try (RawClient c = new RawClient(lab.port(), v)) {
            c.sendRaw(connect);
            Packet last = c.lastBeforeClose(3000);
            return last == null ? null : assertInstanceOf(ConnAck.class, last);
        }
    }

    static final byte[] NO_PROPS = bytes(0);

    @Test
    @DisplayName("A client id with a control character: 5.0 CONNACK 0x85 [MQTT-3.1.3-8], 3.1.1 CONNACK 0x02 [MQTT-3.1.3-9]")
    void controlCharacterInClientId() throws Exception {
        ConnAck v5 = answer(MqttVersion.V5, connect(5, 2, NO_PROPS, "a\u0001b"));
        assertEquals(0x85, v5.reasonCode());
        assertTrue(v5.properties().string(PropertyId.REASON_STRING).orElseThrow().contains("U+0001"),
                "the Reason String names the character: " + v5.properties());
        assertEquals(0x02, answer(MqttVersion.V3_1_1, connect(4, 2, null, "a\u0001b")).reasonCode());
        assertEquals(0x02, answer(MqttVersion.V3_1_1, connect(4, 2, null, "a\u007fb")).reasonCode(), "U+007F too");
        assertEquals(0x02, answer(MqttVersion.V3_1_1, connect(4, 2, null, "a\u0085b")).reasonCode(), "U+0085 (C1) too");
    }

    @Test
    @DisplayName("U+0000 in the client id: 5.0 CONNACK 0x81 Malformed Packet [MQTT-1.5.4-2]; 3.1.1 closes without CONNACK [MQTT-1.5.3-2]")
    void nullInClientId() throws Exception {
        assertEquals(0x81, answer(MqttVersion.V5, connect(5, 2, NO_PROPS, "a\u0000b")).reasonCode());
        assertNull(answer(MqttVersion.V3_1_1, connect(4, 2, null, "a\u0000b")));
    }

    @Test
    @DisplayName("Will flag with an empty or wildcard will topic: 5.0 CONNACK 0x82; 3.1.1 closes without CONNACK [MQTT-3.1.4-1]")
    void badWillTopic() throws Exception {
        assertEquals(0x82, answer(MqttVersion.V5, connect(5, 0x06, NO_PROPS, "w1", NO_PROPS, string(""), string("x"))).reasonCode());
        assertEquals(0x82, answer(MqttVersion.V5, connect(5, 0x06, NO_PROPS, "w2", NO_PROPS, string("a/#"), string("x"))).reasonCode());
        assertEquals(0x81, answer(MqttVersion.V5, connect(5, 0x06, NO_PROPS, "w3", NO_PROPS, string("a\u0001"), string("x"))).reasonCode(),
                "a control character in the will topic is treated as malformed (section 1.5.4)");
        assertNull(answer(MqttVersion.V3_1_1, connect(4, 0x06, null, "w4", string(""), string("x"))));
    }

    @Test
    @DisplayName("Connect flags: reserved bit 0x81 [MQTT-3.1.2-3]; Will QoS without Will Flag 0x82 [MQTT-3.1.2-11]")
    void connectFlags() throws Exception {
        assertEquals(0x81, answer(MqttVersion.V5, connect(5, 0x03, NO_PROPS, "f1")).reasonCode());
        assertEquals(0x82, answer(MqttVersion.V5, connect(5, 0x0A, NO_PROPS, "f2")).reasonCode());
        assertNull(answer(MqttVersion.V3_1_1, connect(4, 0x03, null, "f3")), "3.1.1: closed without CONNACK [MQTT-3.1.4-1]");
    }

    @Test
    @DisplayName("CONNECT properties: one not allowed in CONNECT is 0x81 (section 2.2.2.2); Receive Maximum 0 is 0x82 (3.1.2.11.3)")
    void connectProperties() throws Exception {
        assertEquals(0x81, answer(MqttVersion.V5, connect(5, 2, bytes(2, 0x24, 1), "p1")).reasonCode(), "Maximum QoS belongs to CONNACK");
        assertEquals(0x82, answer(MqttVersion.V5, connect(5, 2, bytes(3, 0x21, 0, 0), "p2")).reasonCode());
    }

    @Test
    @DisplayName("Protocol level 6: CONNACK 0x01 in the 3.1.1 form, then close [MQTT-3.1.2-2], as mosquitto")
    void unknownLevel() throws Exception {
        try (RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            c.sendRaw(connect(6, 2, NO_PROPS, "l6"));
            ConnAck ack = assertInstanceOf(ConnAck.class, c.lastBeforeClose(3000));
            assertEquals(0x01, ack.reasonCode());
        }
    }

    @Test
    @DisplayName("A protocol name that is not MQTT's: closed without an answer [MQTT-3.1.2-1]")
    void wrongProtocolName() throws Exception {
        byte[] bad = Frames.packet(0x10, string("MQTX"), bytes(5, 2, 0, 60, 0), string("n1"));
        assertNull(answer(MqttVersion.V5, bad));
    }

    @Test
    @DisplayName("The broker keeps serving after refusals")
    void stillServing() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "after", true)) {
            assertNotNull(c);
        }
    }
}
