package mqttlab.broker.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad bytes close that connection [MQTT-4.8.0-1] and touch nothing else. */
class M01MalformedTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension("max_packet_size 1000\n");
    RawClient bystander;

    @BeforeEach
    void start() throws Exception {
        bystander = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "bystander", true);
    }

    @AfterEach
    void stop() throws Exception {
        assertInstanceOf(PingResp.class, bystander.sendAndReceive(new PingReq()), "other clients keep working");
        bystander.close();
    }

    void assertClosedAfter(byte[] bytes) throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "bad" + bytes.length + bytes[0], true)) {
            c.sendRaw(bytes);
            assertTrue(c.closedWithin(2000), "the broker closes the connection");
        }
    }

    @Test
    @DisplayName("QoS 3 in a PUBLISH closes the connection [MQTT-3.3.1-4]")
    void qos3() throws Exception {
        assertClosedAfter(new byte[] {0x36, 5, 0, 1, 't', 0, 1});
    }

    @Test
    @DisplayName("Reserved flags in SUBSCRIBE's first byte close the connection [MQTT-3.8.1-1]")
    void reservedFlags() throws Exception {
        assertClosedAfter(new byte[] {(byte) 0x80, 6, 0, 1, 0, 1, 't', 0});
    }

    @Test
    @DisplayName("A fifth remaining-length byte closes the connection [MQTT-1.5.5]")
    void fiveByteLength() throws Exception {
        assertClosedAfter(new byte[] {0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01});
    }

    @Test
    @DisplayName("A wildcard in a PUBLISH topic closes the connection [MQTT-3.3.2-2]")
    void wildcardTopic() throws Exception {
        assertClosedAfter(new byte[] {0x30, 4, 0, 1, '#', 'x'});
    }

    @Test
    @DisplayName("Invalid UTF-8 in a topic closes the connection [MQTT-1.5.3-1]")
    void badUtf8() throws Exception {
        assertClosedAfter(new byte[] {0x30, 5, 0, 2, (byte) 0xC3, 0x28, 'x'});
    }

    @Test
    @DisplayName("A packet over max_packet_size is refused from its fixed header, body never sent (v5: DISCONNECT 0x95)")
    void oversize() throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "big", true)) {
            c.sendRaw(new byte[] {0x30, (byte) 0x80, (byte) 0x80, 0x01}); // announces 16384 bytes
            Packet last = c.lastBeforeClose(2000);
            assertEquals(ReasonCode.PACKET_TOO_LARGE.code(), ((Disconnect) last).reasonCode());
        }
    }

    @Test
    @DisplayName("5.0: a malformed packet gets DISCONNECT 0x81 before the close [MQTT-4.13.1-1]")
    void v5Malformed() throws Exception {
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "m5", true)) {
            c.sendRaw(new byte[] {0x36, 6, 0, 1, 't', 0, 1, 0});
            Packet last = c.lastBeforeClose(2000);
            assertInstanceOf(Disconnect.class, last);
            assertTrue(((Disconnect) last).reasonCode() >= 0x80);
        }
    }
}
