package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Columns;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** decode and encode name every field in the lab's language; Wireshark's English names stay in English and in --json (issue 11). */
class FieldNameTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    /** Every sample packet of both versions, explained. */
    private static List<Explanation> samples() {
        List<Explanation> out = new ArrayList<>();
        for (Packet p : SamplePackets.v311()) out.add(Explanation.of(PacketEncoder.encode(p, MqttVersion.V3_1_1), MqttVersion.V3_1_1));
        for (Packet p : SamplePackets.v5()) out.add(Explanation.of(PacketEncoder.encode(p, MqttVersion.V5), MqttVersion.V5));
        return out;
    }

    @Test
    @DisplayName("the catalogue names every field the decoder writes, and every MQTT 5 property")
    void everyFieldNamed() {
        TreeSet<String> unknown = new TreeSet<>();
        for (Explanation e : samples()) for (Annotation a : e.annotations()) if (!FieldName.known(a.field())) unknown.add(a.field());
        for (PropertyId id : PropertyId.values()) if (!FieldName.known(id.description())) unknown.add(id.description());
        assertTrue(unknown.isEmpty(), "fields the catalogue does not name: " + unknown);
    }

    @Test
    @DisplayName("in Korean the field column reads 남은 길이, 토픽 이름 길이…, aligned by display width at 80 columns")
    void koreanTable() {
        Text.use(Lang.KO);
        List<Explanation> all = samples();
        String table = ExplanationText.table(all, 80);
        // the bytes column is hex ("ff ff ff 7f"), not words: blanked before looking for English
        List<String> english = EnglishRuns.in(table.replaceAll("(?m)^(.{5})(.{13})", "$1" + " ".repeat(13)));
        assertTrue(english.isEmpty(), "English left:\n" + String.join("\n", english));
        for (String w : List.of("Header Flags", "Message Type", "Remaining Length", "Topic Name", "Packet Identifier", "Session Expiry Interval",
                "Property Identifier", "Properties Length", "Return Code", "Reason Code", "Subscription Options")) {
            assertFalse(table.contains(w), "still in English: " + w);
        }
        String publish = ExplanationText.table(List.of(Explanation.of(HexFormat.of().parseHex("320a00047465737400016869"), MqttVersion.V3_1_1)), 80);
        String[] lines = publish.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            assertTrue(Columns.of(line) <= 80, "over 80 columns: " + line);
            if (i < 3 || Columns.of(line) <= 38) continue;
            // the value column starts at display column 38 (offset 5 + bytes 13 + field 20), Korean field or not
            String before = Columns.head(line, 38);
            assertEquals(38, Columns.of(before), line);
            assertTrue(before.endsWith(" ") && line.charAt(before.length()) != ' ', "value not at column 38: " + line);
        }
        assertTrue(publish.contains("남은 길이"), publish);
        assertTrue(publish.contains("토픽 이름 길이"), publish);
        assertTrue(publish.contains("패킷 ID"), publish);
        assertTrue(ExplanationText.table(all, 80).contains("세션 만료 간격"), "a v5 property by its Korean name");
    }

    @Test
    @DisplayName("--json and English output keep Wireshark's field names")
    void englishKept() {
        Text.use(Lang.KO);
        String json = ExplanationText.json(List.of(Explanation.of(HexFormat.of().parseHex("320a00047465737400016869"), MqttVersion.V3_1_1)));
        assertTrue(json.contains("\"field\":\"Topic Name Length\""), json);
        assertTrue(json.contains("\"field\":\"Remaining Length\""), json);
        Text.use(Lang.EN);
        String table = ExplanationText.table(samples(), 80);
        assertTrue(table.contains("Topic Name Length") && table.contains("Session Expiry Interval") && table.contains("Header Flags"), table);
    }

    @Test
    @DisplayName("a malformed field's error names the field in Korean, the broker's English message keeps Wireshark's name [MQTT-1.5.4-2]")
    void errorNamesField() {
        Text.use(Lang.KO);
        // a v5 PUBLISH whose topic holds U+0000
        Explanation e = Explanation.of(HexFormat.of().parseHex("300600026100" + "0068"), MqttVersion.V5);
        assertFalse(e.ok());
        assertTrue(e.error().shown().startsWith("토픽 이름"), e.error().shown());
        assertTrue(e.error().getMessage().startsWith("Topic Name"), e.error().getMessage());
    }
}
