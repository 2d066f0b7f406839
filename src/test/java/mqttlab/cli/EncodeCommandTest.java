package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class EncodeCommandTest {

    @Test
    void publishPrintsHexThenExplanation() {
        CliRun r = CliRun.of("encode", "publish", "-t", "test", "-m", "hi", "-q", "1", "--id", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("32 0a 00 04 74 65 73 74 00 01 68 69\n"), r.out());
        assertTrue(r.out().contains("Publish Message (id=1) [test]"));
        CliRun retained = CliRun.of("encode", "publish", "-t", "test", "-m", "hi", "-q", "1", "--id", "1", "-r");
        assertTrue(retained.out().startsWith("33 0a"), retained.out());
    }

    @Test
    void everyTypeEncodes() {
        assertTrue(CliRun.of("encode", "connect", "-i", "c1", "-u", "bob", "-P", "pw", "--will-topic", "w").out().startsWith("10 "));
        assertTrue(CliRun.of("encode", "subscribe", "-t", "a/+", "-t", "#", "-q", "2").out().startsWith("82 0c 00 01 00 03 61 2f 2b 02 00 01 23 02\n"));
        assertTrue(CliRun.of("encode", "unsubscribe", "-t", "a").out().startsWith("a2 05 00 01 00 01 61\n"));
        assertTrue(CliRun.of("encode", "puback", "--id", "7").out().startsWith("40 02 00 07\n"));
        assertTrue(CliRun.of("encode", "pubrec", "--id", "7").out().startsWith("50 02 00 07\n"));
        assertTrue(CliRun.of("encode", "pubrel", "--id", "7").out().startsWith("62 02 00 07\n"));
        assertTrue(CliRun.of("encode", "pubcomp", "--id", "7").out().startsWith("70 02 00 07\n"));
        assertTrue(CliRun.of("encode", "pingreq").out().startsWith("c0 00\n"));
        assertTrue(CliRun.of("encode", "disconnect").out().startsWith("e0 00\n"));
        assertTrue(CliRun.of("encode", "disconnect", "--v5", "--reason", "0x04").out().startsWith("e0 01 04\n"));
        assertTrue(CliRun.of("encode", "connack", "--reason", "5").out().startsWith("20 02 00 05\n"));
        assertTrue(CliRun.of("encode", "suback", "--codes", "1,0x80").out().startsWith("90 04 00 01 01 80\n"));
        assertTrue(CliRun.of("encode", "auth", "--v5", "--reason", "0x18", "--prop", "authentication-method=m").out().startsWith("f0 06 18 04 15 00 01 6d\n"));
    }

    @Test
    void v5PropertiesAndOptions() {
        CliRun r = CliRun.of("encode", "publish", "--v5", "-t", "t", "-m", "x", "--prop", "topic-alias=2", "--prop", "user-property=k:v");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("30 0f 00 01 74 0a 23 00 02 26 00 01 6b 00 01 76 78\n"), r.out());
        CliRun s = CliRun.of("encode", "subscribe", "--v5", "-t", "x", "-q", "1", "--no-local", "--retain-as-published", "--retain-handling", "2");
        assertTrue(s.out().startsWith("82 07 00 01 00 00 01 78 2d\n"), s.out());
    }

    @Test
    void mistakesAreOneLine() {
        CliRun r = CliRun.of("encode", "publish", "-t", "t", "-q", "3");
        assertEquals(1, r.exitCode());
        assertEquals("mqttlab encode: QoS must be 0, 1 or 2, not 3 [MQTT-3.3.1-4]", r.err().strip());
        assertEquals("mqttlab encode: AUTH exists only in MQTT 5.0: add --v5", CliRun.of("encode", "auth").err().strip());
        assertTrue(CliRun.of("encode", "frobnicate").err().startsWith("mqttlab encode: unknown packet type 'frobnicate'"));
    }
}
