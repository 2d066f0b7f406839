package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a student may write after {@code --join} (and an instructor after {@code classroom --broker}). */
class ClassAddressTest {
    @Test
    void hostAloneIsPort1883() {
        assertEquals(new ClassAddress("10.0.0.5", 1883, Optional.empty(), Optional.empty()), ClassAddress.parse("10.0.0.5"));
        assertEquals("[::1]:1884", ClassAddress.parse("[::1]:1884").address());
    }

    @Test
    void mqttsIsTlsOnPort8883() {
        ClassAddress a = ClassAddress.parse("mqtts://alice@broker.campus.example");
        assertTrue(a.tls());
        assertEquals(8883, a.port());
        assertEquals("mqtts://broker.campus.example:8883", a.url());
        assertEquals("tcp://10.0.0.5:1883", ClassAddress.parse("10.0.0.5").url());
        assertTrue(JoinSpec.of("ssl://127.0.0.1:18883", "bob", "pw").tls());
    }

    @Test
    void urlCarriesCredentialsPercentDecoded() {
        ClassAddress a = ClassAddress.parse("mqtt://alice:p%40ss+w@broker.campus.example:11883");
        assertEquals("broker.campus.example", a.host());
        assertEquals(11883, a.port());
        assertEquals(Optional.of("alice"), a.user());
        assertEquals(Optional.of("p@ss+w"), a.password());
        assertEquals("broker.campus.example:11883", a.toString(), "never the password");
        assertEquals(Optional.empty(), ClassAddress.parse("tcp://bob@127.0.0.1").password());
        assertEquals(1883, ClassAddress.parse("tcp://bob@127.0.0.1").port());
    }

    @Test
    void otherSchemesAndBadPortsAreExplained() {
        var ws = assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("ws://127.0.0.1:9001"));
        assertTrue(ws.getMessage().contains("tcp://"), ws.getMessage());
        var port = assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("127.0.0.1:99999"));
        assertTrue(port.getMessage().contains("1 to 65535"), port.getMessage());
        var word = assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("host:http"));
        assertTrue(word.getMessage().contains("not a port number"), word.getMessage());
    }

    @Test
    void mistypedAddressesAreExplainedInKorean() {
        mqttlab.text.Text.use(mqttlab.text.Lang.KO);
        try {
            assertEquals("포트 번호가 아닙니다: 'http' (HOST:PORT 형식으로 적으세요)",
                    assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("host:http")).getMessage());
            assertEquals("포트는 1에서 65535 사이여야 합니다 (받은 값: 99999)",
                    assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("127.0.0.1:99999")).getMessage());
            assertEquals("호스트가 없습니다 (HOST 또는 HOST:PORT 형식으로 적으세요)",
                    assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse(":1883")).getMessage());
            assertEquals("[::1: IPv6 주소를 닫는 ']'가 없습니다",
                    assertThrows(IllegalArgumentException.class, () -> ClassAddress.parse("[::1")).getMessage());
        } finally {
            mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        }
    }
}
