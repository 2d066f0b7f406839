package mqttlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** mosquitto_sub's output formats, checked against what mosquitto_sub 2.0.11 prints for the same message. */
class MessageFormatTest {
    static final Instant T = Instant.parse("2026-11-24T23:15:16.400111279Z");

    @BeforeAll
    static void utc() { TimeZone.setDefault(TimeZone.getTimeZone("UTC")); }

    static Received msg(String topic, String payload, int qos, boolean retain) {
        return new Received(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain, 7, T, null, null, null, null, null, List.of());
    }

    static String render(String format, Received m) {
        return new String(new MessageFormat(format, false, true).render(m), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("default, -v and -N output")
    void plain() {
        Received m = msg("f/a", "hello", 1, false);
        assertEquals("hello\n", new String(new MessageFormat(null, false, true).render(m), StandardCharsets.UTF_8));
        assertEquals("f/a hello\n", new String(new MessageFormat(null, true, true).render(m), StandardCharsets.UTF_8));
        assertEquals("f/a hello", new String(new MessageFormat(null, true, false).render(m), StandardCharsets.UTF_8));
        assertEquals("f/a (null)\n", new String(new MessageFormat(null, true, true).render(msg("f/a", "", 0, false)), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("-F fields, printf width/precision, time fields and escapes")
    void fields() {
        Received m = msg("f/a", "hello", 1, true);
        assertEquals("f/a|hello|68656c6c6f|68656C6C6F|5|1|1|7\n", render("%t|%p|%x|%X|%l|%q|%r|%m", m));
        assertEquals("2026-11-24T23:15:16+0000|1795562116.400111279\n", render("%I|%U", m));
        assertEquals("f/a   |    5|2026-11 400111279\n", render("%-6.3t|%5l|@Y-@m @N", m));
        assertEquals("\u001b[31mf/a\t100%\n", render("\\e[31m%t\\t100%%", m));
    }

    @Test
    @DisplayName("%j escapes topic and payload as mosquitto_sub 2.0.11 does (cJSON): short escapes, \\u00XX for other controls, UTF-8 and <&> as they are")
    void jsonEscapesLikeMosquitto() {
        // captured from mosquitto_sub -F %j for the same topic and payload (tst aside)
        Received m = msg("x/\"<한>", "q\"b\\s<&>\tt\nn\bb\ff\u0001u 한글", 0, false);
        assertEquals("{\"tst\":\"2026-11-24T23:15:16.400111Z+0000\",\"topic\":\"x/\\\"<한>\",\"qos\":0,\"retain\":0,\"payloadlen\":25,"
                + "\"payload\":\"q\\\"b\\\\s<&>\\tt\\nn\\bb\\ff\\u0001u 한글\"}\n", render("%j", m));
    }

    @Test
    @DisplayName("%j: the one difference from mosquitto is U+2028/U+2029, which Gson always writes as \\u2028 (the same JSON value)")
    void jsonLineSeparatorIsEscaped() {
        assertEquals("{\"tst\":\"2026-11-24T23:15:16.400111Z+0000\",\"topic\":\"x\",\"qos\":0,\"retain\":0,\"payloadlen\":3,"
                + "\"payload\":\"\\u2028\"}\n", render("%j", msg("x", "\u2028", 0, false)));
    }

    @Test
    @DisplayName("%j quotes the payload; %J embeds it and refuses invalid JSON with mosquitto's message")
    void json() {
        assertEquals("{\"tst\":\"2026-11-24T23:15:16.400111Z+0000\",\"topic\":\"f/json\",\"qos\":0,\"retain\":0,\"payloadlen\":7,\"payload\":\"{\\\"a\\\":1}\"}\n",
                render("%j", msg("f/json", "{\"a\":1}", 0, false)));
        assertEquals("{\"tst\":\"2026-11-24T23:15:16.400111Z+0000\",\"topic\":\"f/json\",\"qos\":0,\"retain\":0,\"payloadlen\":7,\"payload\":{\"a\":1}}\n",
                render("%J", msg("f/json", "{\"a\":1}", 0, false)));
        var e = assertThrows(IllegalArgumentException.class, () -> render("%J", msg("f/a", "hello", 0, false)));
        assertEquals("Error: Message payload is not valid JSON on topic f/a.", e.getMessage());
        assertEquals("{\"tst\":\"2026-11-24T23:15:16.400111Z+0000\",\"topic\":\"f/e\",\"qos\":0,\"retain\":0,\"payloadlen\":0,\"payload\":null}\n",
                render("%j", msg("f/e", "", 0, false)));
    }

    @Test
    @DisplayName("topic filter checks and matching [MQTT-4.7.1-1] [MQTT-4.7.1-2] [MQTT-4.7.2-1]")
    void topics() {
        assertEquals(true, Topics.validFilter("a/+/c/#"));
        assertEquals(false, Topics.validFilter("a/#/b"));
        assertEquals(false, Topics.validFilter("a+/b"));
        assertEquals(true, Topics.matches("a/+/c/#", "a/b/c/d/e"));
        assertEquals(true, Topics.matches("a/#", "a"));
        assertEquals(false, Topics.matches("#", "$SYS/broker/uptime"));
        assertEquals(false, Topics.matches("+/b", "/b/c"));
        assertEquals(true, Topics.matches("+/b", "/b"));
    }
}
