package mqttlab.broker.net;

import static mqttlab.testsupport.Frames.bytes;
import static mqttlab.testsupport.Frames.packet;
import static mqttlab.testsupport.Frames.string;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Section 1.5.4 (5.0) / 1.5.3 (3.1.1): U+0001..U+001F and U+007F..U+009F are "disallowed code
 * points"; a receiver MAY treat a packet holding one as malformed. mosquitto does, for every string;
 * the lab does for topics and filters (client ids: see C03ConnectRefusalTest). A payload is bytes,
 * not a string, and may hold anything.
 */
class M02ControlCharactersTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    @ParameterizedTest(name = "U+{0} in a PUBLISH topic")
    @ValueSource(strings = {"0001", "001B", "001F", "007F", "0085", "009F"})
    void publishTopic(String hex) throws Exception {
        String topic = "a/" + (char) Integer.parseInt(hex, 16) + "b";
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "p" + hex, true)) {
            c.sendRaw(packet(0x30, string(topic), bytes(0), bytes('x')));
            Disconnect d = assertInstanceOf(Disconnect.class, c.lastBeforeClose(3000));
            assertEquals(0x81, d.reasonCode(), "treated as a Malformed Packet (section 1.5.4)");
        }
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "q" + hex, true)) {
            c.sendRaw(packet(0x30, string(topic), bytes('x')));
            assertNull(c.lastBeforeClose(3000), "3.1.1: the connection is closed (section 1.5.3)");
        }
    }

    @Test
    @DisplayName("A control character in a SUBSCRIBE or UNSUBSCRIBE filter: DISCONNECT 0x81")
    void filters() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "s1", true)) {
            c.sendRaw(packet(0x82, bytes(0, 1, 0), string("a/\u0007/#"), bytes(0)));
            assertEquals(0x81, assertInstanceOf(Disconnect.class, c.lastBeforeClose(3000)).reasonCode());
        }
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "s2", true)) {
            c.sendRaw(packet(0xA2, bytes(0, 1, 0), string("a/\u009b")));
            assertEquals(0x81, assertInstanceOf(Disconnect.class, c.lastBeforeClose(3000)).reasonCode());
        }
        assertTrue(lab.broker().subscriptions().isEmpty(), "nothing was subscribed");
    }

    @Test
    @DisplayName("Printable non-ASCII topics are fine, and a payload may hold control characters")
    void allowedText() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V5, "sub", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "pub", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("건물/#", Qos.AT_MOST_ONCE, false, false, 0)), Properties.EMPTY));
            pub.send(new Publish(false, Qos.AT_MOST_ONCE, false, "건물/125/온도", 0, new byte[] {0x1b, '[', '2', 'J'}, Properties.EMPTY));
            Publish got = sub.receive(Publish.class);
            assertEquals("건물/125/온도", got.topic());
            assertArrayEquals(new byte[] {0x1b, '[', '2', 'J'}, got.payload());
        }
    }
}
