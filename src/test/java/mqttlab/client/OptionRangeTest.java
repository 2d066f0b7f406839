package mqttlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Numbers out of range are refused before any connection, with mosquitto_pub's sentence in English and a
 * Korean one under --lang ko: a QoS is 0, 1 or 2 [MQTT-3.3.1-4]; a port is 1 to 65535; keep alive is a
 * two-byte integer [MQTT-3.1.2.10], where 0 turns the mechanism off (mosquitto_pub refuses 0; the standard
 * allows it, and the lab does).
 */
class OptionRangeTest {
    @Command(name = "pub")
    static final class Pub {
        @Mixin ConnectOptions conn;
        @Mixin PubOptions pub;
    }

    static Pub parse(String... args) {
        Pub p = new Pub();
        new CommandLine(p).parseArgs(args);
        return p;
    }

    @AfterEach
    void english() { Text.use(Lang.EN); }

    @Test
    void qosOutOfRange() {
        assertEquals("Error: Invalid QoS given: 3",
                assertThrows(UsageError.class, () -> parse("-t", "a", "-m", "x", "-q", "3").pub.validate()).getMessage());
        Text.use(Lang.KO);
        assertEquals("오류: QoS 값이 잘못되었습니다: 3 (0, 1, 2 중 하나)",
                assertThrows(UsageError.class, () -> parse("-t", "a", "-m", "x", "-q", "3").pub.validate()).getMessage());
    }

    @Test
    void portOutOfRange() {
        assertEquals("Error: Invalid port given: 99999",
                assertThrows(UsageError.class, () -> parse("-p", "99999", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883)).getMessage());
        assertThrows(UsageError.class, () -> parse("-p", "0", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883));
        assertEquals(65535, parse("-p", "65535", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883).port());
    }

    @Test
    void keepAliveIsTwoBytesAndZeroIsAllowed() {
        assertThrows(UsageError.class, () -> parse("-k", "65536", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883));
        assertThrows(UsageError.class, () -> parse("-k", "-1", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883));
        assertEquals(0, parse("-k", "0", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883).keepAlive());
        assertEquals(65535, parse("-k", "65535", "-t", "a", "-m", "x").conn.settings("127.0.0.1", 1883).keepAlive());
    }
}
