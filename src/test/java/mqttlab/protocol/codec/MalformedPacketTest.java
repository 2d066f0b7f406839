package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.ReasonCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each malformed input gives the specific rule, offset and reason code, never some other exception. */
class MalformedPacketTest {

    @ParameterizedTest(name = "[{3}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        truncated PUBLISH                      | 3.1.1 | 320a0004746573740001   | MQTT-2.2.3     | 10 | MALFORMED_PACKET
        5-byte remaining length                | 3.1.1 | 30ffffffff01           | MQTT-1.5.5-1   | 4  | MALFORMED_PACKET
        bad UTF-8 continuation in topic        | 3.1.1 | 3004000274c3           | MQTT-1.5.3-1   | 5  | MALFORMED_PACKET
        bad UTF-8 lead byte                    | 5.0   | 30060003ff616200       | MQTT-1.5.4-1   | 4  | MALFORMED_PACKET
        U+0000 in topic                        | 3.1.1 | 3006000361006268       | MQTT-1.5.3-2   | 5  | MALFORMED_PACKET
        surrogate U+D800 in topic              | 3.1.1 | 30050003eda080         | MQTT-1.5.3-1   | 4  | MALFORMED_PACKET
        overlong encoding of '/'               | 3.1.1 | 30040002c0af           | MQTT-1.5.3-1   | 4  | MALFORMED_PACKET
        QoS 3 PUBLISH                          | 3.1.1 | 360700017400016869     | MQTT-3.3.1-4   | 0  | MALFORMED_PACKET
        DUP with QoS 0                         | 3.1.1 | 38050001746869         | MQTT-3.3.1-2   | 0  | PROTOCOL_ERROR
        SUBSCRIBE flags 0000                   | 3.1.1 | 80060001000161 00      | MQTT-2.2.2-1   | 0  | MALFORMED_PACKET
        PUBACK flags 0010                      | 3.1.1 | 42020001               | MQTT-2.2.2-1   | 0  | MALFORMED_PACKET
        wildcard + in PUBLISH topic            | 3.1.1 | 3005000361 2b62        | MQTT-3.3.2-2   | 5  | PROTOCOL_ERROR
        wildcard # in PUBLISH topic            | 5.0   | 300600036123 2f00      | MQTT-3.3.2-2   | 5  | PROTOCOL_ERROR
        packet id 0 in QoS 1 PUBLISH           | 3.1.1 | 3205000161 0000        | MQTT-2.3.1-1   | 5  | PROTOCOL_ERROR
        packet id 0 in PUBACK (v5)             | 5.0   | 40020000               | MQTT-2.2.1-3   | 2  | PROTOCOL_ERROR
        CONNECT reserved flag                  | 3.1.1 | 100d00044d5154540403000a0001 78 | MQTT-3.1.2-3 | 9 | MALFORMED_PACKET
        CONNECT will QoS without will flag     | 3.1.1 | 100d00044d5154540408000a0001 78 | MQTT-3.1.2-13 | 9 | PROTOCOL_ERROR
        CONNECT password without user name     | 3.1.1 | 101000044d5154540442000a00017800016b | MQTT-3.1.2-22 | 9 | MALFORMED_PACKET
        CONNECT unknown protocol level         | 3.1.1 | 100d00044d5154540602000a0001 78 | MQTT-3.1.2-2 | 8 | UNSUPPORTED_PROTOCOL_VERSION
        CONNECT wrong protocol name            | 5.0   | 100d00044d51545805 02000a0001 78 | MQTT-3.1.2-1 | 2 | UNSUPPORTED_PROTOCOL_VERSION
        AUTH in 3.1.1                          | 3.1.1 | f000                   | MQTT-2.2.1     | 0  | MALFORMED_PACKET
        SUBSCRIBE without filters              | 3.1.1 | 82020001               | MQTT-3.8.3-3   | 4  | PROTOCOL_ERROR
        SUBSCRIBE reserved QoS bits (3.1.1)    | 3.1.1 | 820600010001 61 04     | MQTT-3.8.3-4   | 7  | MALFORMED_PACKET
        SUBSCRIBE reserved option bits (v5)    | 5.0   | 82070001000001 61 40   | MQTT-3.8.3-5   | 8  | MALFORMED_PACKET
        SUBSCRIBE without filters (v5)         | 5.0   | 8203000100             | MQTT-3.8.3-2   | 5  | PROTOCOL_ERROR
        SUBSCRIBE QoS 3 (v5)                   | 5.0   | 82070001000001 61 03   | MQTT-3.8.3.1   | 8  | PROTOCOL_ERROR
        UNSUBSCRIBE without filters            | 3.1.1 | a2020001               | MQTT-3.10.3-2  | 4  | PROTOCOL_ERROR
        remaining length longer than content   | 3.1.1 | c0010000               | MQTT-2.2.3     | 2  | MALFORMED_PACKET
        PINGREQ with a body                    | 3.1.1 | c00100                 | MQTT-2.2.3     | 2  | MALFORMED_PACKET
        duplicate property                     | 5.0   | 3009000174 0423000123 0001 | MQTT-2.2.2.2 | 9 | PROTOCOL_ERROR
        property not allowed in PUBLISH        | 5.0   | 3006000174 021101       | MQTT-2.2.2.2  | 6  | MALFORMED_PACKET
        unknown property id                    | 5.0   | 3006000174 020501       | MQTT-2.2.2.2  | 6  | MALFORMED_PACKET
        topic alias 0                          | 5.0   | 3007000174 03230000     | MQTT-3.3.2-8  | 7  | TOPIC_ALIAS_INVALID
        empty topic without alias (v5)         | 5.0   | 3003000000              | MQTT-3.3.2-1  | 2  | PROTOCOL_ERROR
        empty topic (3.1.1)                    | 3.1.1 | 30020000                | MQTT-4.7.3-1  | 2  | MALFORMED_PACKET
        PUBACK reason code not for PUBACK      | 5.0   | 4003000192              | MQTT-3.4.2-1  | 4  | MALFORMED_PACKET
        SUBACK return code 3                   | 3.1.1 | 9003000103              | MQTT-3.9.3-2  | 4  | MALFORMED_PACKET
        CONNACK reserved flags                 | 3.1.1 | 20020200                | MQTT-3.2.2.1  | 2  | MALFORMED_PACKET
        reserved packet type 0                 | 3.1.1 | 0000                    | MQTT-2.2.1    | 0  | MALFORMED_PACKET
        """)
    void rejects(String what, String version, String hex, String rule, int offset, ReasonCode reason) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        MqttVersion v = version.equals("5.0") ? MqttVersion.V5 : MqttVersion.V3_1_1;
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> PacketDecoder.decode(ByteBuffer.wrap(bytes), v), what);
        assertEquals(rule, e.rule(), what + ": " + e.describe());
        assertEquals(offset, e.offset(), what + ": " + e.describe());
        assertEquals(reason, e.reason(), what);
        List<Annotation> notes = new ArrayList<>();
        MalformedPacketException explained = assertThrows(MalformedPacketException.class, () -> PacketDecoder.decode(ByteBuffer.wrap(bytes), v, notes));
        assertEquals(e.describe(), explained.describe(), "the explaining decoder fails the same way");
        assertFalse(notes.isEmpty(), "annotations up to the error are kept");
    }
}
