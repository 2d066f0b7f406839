package mqttlab.broker.connect;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 5.0 section 4.13: bytes that cannot be parsed are 0x81 Malformed Packet; a packet that parses but
 * breaks a rule is 0x82 Protocol Error, unless the statement names another code. The server sends
 * the DISCONNECT with that code and closes [MQTT-4.13.2-1]; a 3.1.1 client just sees the close
 * [MQTT-4.8.0-1]. Each row is sent by a connected client over a real socket.
 */
class C04ReasonCodeTest {
    @RegisterExtension
    static final TestBrokerExtension lab = new TestBrokerExtension();

    @ParameterizedTest(name = "[{1}] {0} -> 0x{2}")
    @CsvSource(delimiter = '|', textBlock = """
        PUBACK with packet id 0                          | MQTT-2.2.1-3   | 82 | 40020000
        QoS 1 PUBLISH with packet id 0                   | MQTT-2.2.1-3   | 82 | 3207000174000000 78
        a client sends CONNACK                           | MQTT-2.1.2     | 82 | 2003000000
        a client sends SUBACK                            | MQTT-2.1.2     | 82 | 900400010000
        a client sends UNSUBACK                          | MQTT-2.1.2     | 82 | b00400010000
        a client sends PINGRESP                          | MQTT-2.1.2     | 82 | d000
        DUP set on a QoS 0 PUBLISH                       | MQTT-3.3.1-2   | 82 | 3805000174 00 78
        a wildcard in a PUBLISH topic                    | MQTT-3.3.2-2   | 82 | 30060003612f2300
        an empty topic and no Topic Alias                | MQTT-3.3.2-1   | 82 | 3004000000 78
        a property twice                                 | MQTT-2.2.2.2   | 82 | 3009000174 0401000100 78
        Retain Handling 3                                | MQTT-3.8.3.1   | 82 | 82070001000001 61 30
        Maximum QoS 3 in a subscription                  | MQTT-3.8.3.1   | 82 | 82070001000001 61 03
        SUBSCRIBE without a filter                       | MQTT-3.8.3-2   | 82 | 8203000100
        UNSUBSCRIBE without a filter                     | MQTT-3.10.3-2  | 82 | a203000100
        a second CONNECT                                 | MQTT-3.1.0-2   | 82 | 100e00044d5154540502003c00 000178
        Topic Alias 0                                    | MQTT-3.3.2-8   | 94 | 3008000174 03230000 78
        a property not allowed in PUBLISH                | MQTT-2.2.2.2   | 81 | 300a000174 051100000001 78
        QoS 3 in a PUBLISH                               | MQTT-3.3.1-4   | 81 | 360700017400010078
        reserved flags in SUBSCRIBE's first byte         | MQTT-2.2.2-2   | 81 | 80070001000001 61 00
        reserved bits in Subscription Options            | MQTT-3.8.3-5   | 81 | 82070001000001 61 c0
        ill-formed UTF-8 in a topic                      | MQTT-1.5.4-1   | 81 | 30060002c328 00 78
        U+0000 in a topic                                | MQTT-1.5.4-2   | 81 | 3006000261 00 00 78
        a string longer than its packet                  | MQTT-1.5.4     | 81 | 3004000974 00 78
        """)
    void v5(String what, String rule, String code, String hex) throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "rc-" + Integer.toHexString(hex.hashCode()), true)) {
            c.sendRaw(HexFormat.of().parseHex(hex.replace(" ", "")));
            Packet last = c.lastBeforeClose(3000);
            Disconnect d = assertInstanceOf(Disconnect.class, last, what + ": a v5 client is told why [MQTT-4.13.2-1]");
            assertEquals(Integer.parseInt(code, 16), d.reasonCode(), what + " [" + rule + "]");
        }
    }

    @ParameterizedTest(name = "[{1}] 3.1.1: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        PUBACK with packet id 0              | MQTT-2.3.1-1   | 40020000
        a client sends CONNACK               | MQTT-2.1.2     | 20020000
        a client sends PINGRESP              | MQTT-2.1.2     | d000
        QoS 3 in a PUBLISH                   | MQTT-3.3.1-4   | 3606000174000178
        DUP set on a QoS 0 PUBLISH           | MQTT-3.3.1-2   | 380400017478
        """)
    void v311(String what, String rule, String hex) throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "rc3-" + Integer.toHexString(hex.hashCode()), true)) {
            c.sendRaw(HexFormat.of().parseHex(hex.replace(" ", "")));
            assertNull(c.lastBeforeClose(3000), what + ": 3.1.1 has no DISCONNECT from the server, only the close [" + rule + "]");
        }
    }
}
