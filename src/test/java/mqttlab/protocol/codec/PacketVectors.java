package mqttlab.protocol.codec;

import java.util.HexFormat;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;

/**
 * The shared catalogue of byte-annotated vectors (mochi-mqtt tpackets style): each line of hex says
 * what its bytes are. Checked both ways by {@link PacketVectorsTest}.
 */
final class PacketVectors {
    private PacketVectors() {}

    record Vector(String name, MqttVersion version, Packet packet, byte[] bytes) {
        @Override
        public String toString() { return name; }
    }

    /** Each string is "hex bytes | comment"; only the part before '|' counts. */
    static Vector v(String name, MqttVersion version, Packet packet, String... lines) {
        StringBuilder hex = new StringBuilder();
        for (String l : lines) hex.append(l.split("\\|")[0].replace(" ", ""));
        return new Vector(name, version, packet, HexFormat.of().parseHex(hex));
    }

    static byte[] b(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); }

    static final MqttVersion V3 = MqttVersion.V3_1_1, V5 = MqttVersion.V5;

    static final List<Vector> ALL = List.of(
        v("lecture PUBLISH QoS 1", V3, new Publish(Qos.AT_LEAST_ONCE, false, "test", 1, b("hi")),
            "32    | 0011 0010: PUBLISH, DUP 0, QoS 1, RETAIN 0",
            "0a    | remaining length 10",
            "0004 74657374 | topic \"test\"",
            "0001  | packet id 1",
            "6869  | payload \"hi\""),
        v("CONNECT 3.1.1 clean session", V3, new Connect(V3, "c1", true, 60),
            "10 0e | CONNECT, remaining length 14",
            "0004 4d515454 | protocol name \"MQTT\"",
            "04    | protocol level 4 = 3.1.1",
            "02    | connect flags: clean session",
            "003c  | keep alive 60",
            "0002 6331 | client id \"c1\""),
        v("CONNECT 3.1.1 with will, user name and password", V3,
            new Connect(V3, "", false, 10, new Will("w", b("x"), Qos.EXACTLY_ONCE, true), "u", b("p"), Properties.EMPTY),
            "10 18 | CONNECT, remaining length 24",
            "0004 4d515454 04 | \"MQTT\" level 4",
            "f4    | 1111 0100: user, password, will retain, will QoS 2, will flag",
            "000a  | keep alive 10",
            "0000  | empty client id",
            "0001 77 | will topic \"w\"",
            "0001 78 | will message \"x\"",
            "0001 75 | user name \"u\"",
            "0001 70 | password \"p\""),
        v("CONNECT 5.0 with properties and will properties", V5,
            new Connect(V5, "c", true, 30, new Will("w", b("x"), Qos.AT_MOST_ONCE, false,
                    Properties.of(new mqttlab.protocol.property.Property(PropertyId.WILL_DELAY_INTERVAL, 5L))),
                    null, null, Properties.of(new mqttlab.protocol.property.Property(PropertyId.SESSION_EXPIRY_INTERVAL, 60L))),
            "10 1f | CONNECT, remaining length 31",
            "0004 4d515454 05 | \"MQTT\" level 5",
            "06    | will flag, clean start",
            "001e  | keep alive 30",
            "05 11 0000003c | properties: session expiry 60",
            "0001 63 | client id \"c\"",
            "05 18 00000005 | will properties: will delay 5",
            "0001 77 | will topic",
            "0001 78 | will payload"),
        v("CONNACK 3.1.1 refused: not authorized", V3, new ConnAck(false, 5), "20 02", "00 | flags", "05 | return code 5"),
        v("CONNACK 5.0 with assigned client id", V5,
            new ConnAck(true, 0, Properties.of(new mqttlab.protocol.property.Property(PropertyId.ASSIGNED_CLIENT_IDENTIFIER, "a"))),
            "20 07", "01 | session present", "00 | success", "04 12 0001 61 | assigned client id \"a\""),
        v("PUBLISH remaining length 128 (0x80 0x01)", V3, new Publish(Qos.AT_MOST_ONCE, false, "t", 0, new byte[125]),
            "30 8001 | remaining length 0 + 1×128 = 128",
            "0001 74 | topic \"t\"",
            "00".repeat(125) + " | 125 zero bytes"),
        v("PUBLISH 5.0 with topic alias and user property", V5,
            new Publish(false, Qos.AT_MOST_ONCE, true, "a/b", 0, b("1"), Properties.of(
                    new mqttlab.protocol.property.Property(PropertyId.TOPIC_ALIAS, 2),
                    new mqttlab.protocol.property.Property(PropertyId.USER_PROPERTY, new UserProperty("k", "v")))),
            "31 11 | PUBLISH retain, remaining length 17",
            "0003 612f62 | topic \"a/b\"",
            "0a 23 0002 26 0001 6b 0001 76 | properties: topic alias 2, user property k=v",
            "31 | payload \"1\""),
        v("PUBACK 3.1.1", V3, new PubAck(10), "40 02 000a"),
        v("PUBREC 5.0 short form with reason", V5, new PubRec(10, 0x10, Properties.EMPTY), "50 03 000a 10 | no matching subscribers"),
        v("PUBREL", V3, new PubRel(10), "62 02 000a | flags 0010"),
        v("PUBCOMP 5.0 with reason string", V5, new PubComp(10, 0x92, Properties.of(new mqttlab.protocol.property.Property(PropertyId.REASON_STRING, "x"))),
            "70 08 000a 92 | packet id not found", "04 1f 0001 78 | reason string"),
        v("SUBSCRIBE 3.1.1 two filters", V3,
            new Subscribe(1, List.of(new Subscription("a/+", Qos.AT_LEAST_ONCE), new Subscription("#", Qos.EXACTLY_ONCE))),
            "82 0c 0001", "0003 612f2b 01 | a/+ QoS 1", "0001 23 02 | # QoS 2"),
        v("SUBSCRIBE 5.0 options", V5, new Subscribe(2, List.of(new Subscription("x", Qos.AT_LEAST_ONCE, true, true, 2))),
            "82 07 0002 00 | no properties", "0001 78 2d | 0010 1101: retain handling 2, RAP, NL, QoS 1"),
        v("SUBACK 3.1.1 with failure", V3, new SubAck(1, List.of(1, 0x80)), "90 04 0001 01 80"),
        v("UNSUBSCRIBE", V3, new Unsubscribe(3, List.of("a")), "a2 05 0003 0001 61"),
        v("UNSUBACK 3.1.1", V3, new UnsubAck(3), "b0 02 0003"),
        v("UNSUBACK 5.0", V5, new UnsubAck(3, List.of(0x11), Properties.EMPTY), "b0 04 0003 00 11 | no subscription existed"),
        v("PINGREQ", V3, new PingReq(), "c0 00"),
        v("PINGRESP", V3, new PingResp(), "d0 00"),
        v("DISCONNECT 3.1.1", V3, new Disconnect(), "e0 00"),
        v("DISCONNECT 5.0 with will", V5, new Disconnect(ReasonCode.DISCONNECT_WITH_WILL_MESSAGE), "e0 01 04"),
        v("AUTH 5.0", V5, new Auth(0x18, Properties.of(new mqttlab.protocol.property.Property(PropertyId.AUTHENTICATION_METHOD, "m"))),
            "f0 06 18 04 15 0001 6d | continue authentication, method \"m\"")
    );
}
