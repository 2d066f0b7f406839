package mqttlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import mqttlab.broker.connect.ConnectRefusal;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.UserProperty;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11: MQTT 5 reason codes and the lab broker's refusals, as a Korean student reads them. */
class RefusalReasonTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    @Test
    @DisplayName("every reason code the standard defines (section 2.4) has a Korean name, shown with its hex code")
    void everyReasonCodeInKorean() {
        Text.use(Lang.KO);
        for (ReasonCode r : ReasonCode.values()) {
            String shown = ReasonCode.shown(r.code(), PacketType.CONNACK).shown();
            assertTrue(shown.startsWith(String.format("0x%02X ", r.code())), shown);
            assertTrue(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL), r + ": " + shown);
            assertEquals(List.of(), EnglishRuns.in(shown), shown);
        }
        assertEquals("0x00 QoS 0 허가", ReasonCode.shown(0, PacketType.SUBACK).shown());
        assertEquals("0x00 정상 연결 종료", ReasonCode.shown(0, PacketType.DISCONNECT).shown());
        assertEquals("0x95 패킷이 너무 큼", ConnectFailure.reasonString(0x95));
        Text.use(Lang.EN);
        assertEquals("0x95 Packet too large", ConnectFailure.reasonString(0x95), "mosquitto_reason_string's words in English, with the code");
        assertEquals("Granted QoS 0", ReasonCode.describe(0, PacketType.SUBACK));
    }

    @Test
    @DisplayName("the lab broker's refusal sentence is read from the CONNACK; another broker's keys and control characters are not")
    void onlyTheLabsSentences() {
        Text.use(Lang.KO);
        List<UserProperty> quota = List.of(new UserProperty(ConnectRefusal.REASON_KEY, "connect.refused.quota"),
                new UserProperty(ConnectRefusal.REASON_ARG, "s04-c20"), new UserProperty(ConnectRefusal.REASON_ARG, "s04"),
                new UserProperty(ConnectRefusal.REASON_ARG, "20"));
        assertEquals(Optional.of("'s04' 사용자는 이미 연결 20개를 쓰고 있어서 클라이언트 s04-c20의 연결을 거절했습니다 (max_connections_per_user)."),
                RefusalReason.in(quota));
        assertEquals(Optional.empty(), RefusalReason.in(List.of(new UserProperty(ConnectRefusal.REASON_KEY, "shell.banner"),
                new UserProperty(ConnectRefusal.REASON_ARG, "x"))), "only connect.refused.* sentences");
        assertEquals(Optional.empty(), RefusalReason.in(quota.subList(0, 2)), "a sentence with too few values is not shown");
        String shown = RefusalReason.in(List.of(new UserProperty(ConnectRefusal.REASON_KEY, "connect.refused.id.rule"),
                new UserProperty(ConnectRefusal.REASON_ARG, "x\u001b[2J"), new UserProperty(ConnectRefusal.REASON_ARG, "s02"))).orElseThrow();
        assertTrue(shown.contains("x␛[2J") && !shown.contains("\u001b"), shown);
    }
}
