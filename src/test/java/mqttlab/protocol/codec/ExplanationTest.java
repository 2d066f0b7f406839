package mqttlab.protocol.codec;

import mqttlab.text.Columns;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mqttlab.protocol.packet.*;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    static List<Explanation> explain(String hex, MqttVersion forced) {
        return Explanation.all(HexFormat.of().parseHex(hex.replace(" ", "")), forced, MqttVersion.V3_1_1);
    }

    static Annotation field(Explanation e, String name) {
        return e.annotations().stream().filter(a -> a.field().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    @DisplayName("the lecture's PUBLISH: first byte bits, remaining length, topic, packet id, payload")
    void lecturePublish() {
        Explanation e = explain("32 0a 00 04 74 65 73 74 00 01 68 69", null).get(0);
        assertTrue(e.ok());
        assertEquals("0011 0010", field(e, "Header Flags").value());
        assertTrue(field(e, "Header Flags").explanation().contains("type 3 PUBLISH, DUP 0, QoS 1, RETAIN 0"));
        assertEquals("1", field(e, "QoS Level").value());
        assertEquals("10", field(e, "Remaining Length").value());
        assertEquals("\"test\"", field(e, "Topic Name").value());
        assertEquals("4", field(e, "Topic Name Length").value());
        assertEquals("1", field(e, "Packet Identifier").value());
        assertEquals("\"hi\"", field(e, "Payload").value());
        String table = ExplanationText.table(List.of(e));
        for (String line : table.split("\n")) assertTrue(Columns.of(line) <= 80, "over 80 columns: " + line);
        assertTrue(table.contains("Publish Message (id=1) [test]"));
    }

    @Test
    @DisplayName("remaining length arithmetic: 0x80 0x01 → 0 + 1×128 = 128")
    void remainingLengthArithmetic() {
        byte[] publish = PacketEncoder.encode(new Publish(Qos.AT_MOST_ONCE, false, "t", 0, new byte[125]), MqttVersion.V3_1_1);
        Annotation rl = field(Explanation.of(publish, MqttVersion.V3_1_1), "Remaining Length");
        assertEquals(2, rl.length());
        assertTrue(rl.explanation().startsWith("0x80 0x01 → 0 + 1×128 = 128"), rl.explanation());
    }

    @Test
    @DisplayName("Wireshark's fields for CONNECT are all there, connect flags bit by bit")
    void connectFields() {
        Connect c = new Connect(MqttVersion.V3_1_1, "id", true, 60, new Will("w", new byte[] {1}, Qos.AT_LEAST_ONCE, true), "u", new byte[] {2}, mqttlab.protocol.property.Properties.EMPTY);
        Explanation e = Explanation.of(PacketEncoder.encode(c, MqttVersion.V3_1_1), MqttVersion.V3_1_1);
        Set<String> names = e.annotations().stream().map(Annotation::field).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Protocol Name Length", "Protocol Name", "Protocol Level", "Connect Flags", "User Name Flag",
                "Password Flag", "Will Retain", "Will QoS", "Will Flag", "Clean Session", "Reserved", "Keep Alive", "Client Identifier Length",
                "Client Identifier", "Will Topic Length", "Will Topic", "Will Message Length", "Will Message", "User Name Length", "User Name",
                "Password Length", "Password")), names.toString());
    }

    @Test
    void multiplePacketsFollowTheConnectVersion() {
        byte[] bytes = StreamDecoderTest.concat(MqttVersion.V5, new Connect(MqttVersion.V5, "x", true, 5), new PubAck(1, 0x10, mqttlab.protocol.property.Properties.EMPTY));
        List<Explanation> all = Explanation.all(bytes, null, MqttVersion.V3_1_1);
        assertEquals(2, all.size());
        assertTrue(all.get(1).ok(), () -> all.get(1).error().describe());
        assertEquals(MqttVersion.V5, all.get(1).version());
        assertEquals("0x10", field(all.get(1), "Reason Code").value());
        assertTrue(field(all.get(1), "Reason Code").explanation().contains("No matching subscribers"));
    }

    @Test
    void errorIsReportedAtTheOffendingByteWithNotesKept() {
        Explanation e = explain("36 07 00 01 74 00 01 68 69", null).get(0);
        assertFalse(e.ok());
        assertEquals("MQTT-3.3.1-4", e.error().rule());
        assertEquals("byte 0 (0x36): QoS 3 is reserved: both QoS bits (2-1) of a PUBLISH must not be set [MQTT-3.3.1-4] → Malformed Packet",
                ExplanationText.errorLine(e));
        assertEquals("3", field(e, "QoS Level").value());
        String json = ExplanationText.json(List.of(e));
        assertTrue(json.contains("\"rule\":\"MQTT-3.3.1-4\""), json);
    }

    @Test
    @DisplayName("--json output is pinned byte for byte (malformed PUBLISH; Korean topic with quote, backslash, newline and tab)")
    void jsonIsPinned() throws Exception {
        String golden;
        try (var in = ExplanationTest.class.getResourceAsStream("explain-json.golden")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String got = ExplanationText.json(explain("36 07 00 01 74 00 01 68 69", null)) + "\n"
                + ExplanationText.json(explain("30 0c 00 06 ea b1 b4 2f 22 5c 68 69 0a 09", null)) + "\n";
        assertEquals(golden, got);
    }

    @Test
    @DisplayName("Korean topics keep the table within 80 columns")
    void koreanWidth() {
        byte[] b = PacketEncoder.encode(new Publish(Qos.AT_MOST_ONCE, false, "건물/125호/온도/센서/가나다라마바사아자차카타파하", 0, "온도 24.8도".getBytes(java.nio.charset.StandardCharsets.UTF_8)), MqttVersion.V3_1_1);
        String table = ExplanationText.table(List.of(Explanation.of(b, MqttVersion.V3_1_1)));
        for (String line : table.split("\n")) assertTrue(Columns.of(line) <= 80, "over 80 columns: " + line);
        assertEquals(2, Columns.of("건"));
    }
}
