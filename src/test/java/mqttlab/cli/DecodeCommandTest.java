package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {

    @Test
    @DisplayName("decode 32 0a 00 04 74 65 73 74 00 01 68 69 explains a QoS 1 PUBLISH of hi to test with packet id 1")
    void lectureExample() {
        CliRun r = CliRun.of("decode", "32", "0a", "00", "04", "74", "65", "73", "74", "00", "01", "68", "69");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Publish Message (id=1) [test] QoS 1"), r.out());
        assertTrue(r.out().contains("0011 0010 · type 3 PUBLISH, DUP 0, QoS 1,"), r.out());
        assertTrue(r.out().contains("\"test\""));
        assertTrue(r.out().contains("\"hi\""));
        assertTrue(r.out().matches("(?s).*Packet Identifier\\s+1 · .*"), r.out());
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, line);
    }

    @Test
    void acceptsEveryHexSpelling() {
        String a = CliRun.of("decode", "320a00047465737400016869").out();
        assertEquals(a, CliRun.of("decode", "0x32", "0x0a", "0x00", "0x04", "0x74", "0x65", "0x73", "0x74", "0x00", "0x01", "0x68", "0x69").out());
        assertEquals(a, CliRun.of("decode", "32:0a:00:04:74:65:73:74:00:01:68:69").out());
        assertEquals(a, CliRun.of("decode", "32 0a 00 04 74 65 73 74 00 01 68 69").out());
    }

    @Test
    void readsRawBytesFromAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.bin");
        Files.write(f, new byte[] {(byte) 0xc0, 0x00, (byte) 0xd0, 0x00});
        CliRun r = CliRun.of("decode", "--file", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("PINGREQ") && r.out().contains("PINGRESP"), r.out());
    }

    @Test
    @DisplayName("a malformed packet: one-line error naming the byte and the rule, exit code 1, no stack trace")
    void malformed() {
        CliRun r = CliRun.of("decode", "30 05 00 03 61 2b 62");
        assertEquals(1, r.exitCode());
        assertEquals("mqttlab decode: byte 5 (0x2b): the topic name contains the wildcard '+'; a PUBLISH topic must not contain wildcards "
                + "[MQTT-3.3.2-2] → Protocol Error", r.err().strip());
        CliRun qos3 = CliRun.of("decode", "36 07 00 01 74 00 01 68 69");
        assertEquals(1, qos3.exitCode());
        assertTrue(qos3.err().contains("[MQTT-3.3.1-4]"), qos3.err());
        assertFalse(qos3.err().contains("Exception"));
    }

    @Test
    void badHexIsOneLine() {
        CliRun r = CliRun.of("decode", "32", "zz");
        assertEquals(1, r.exitCode());
        assertEquals("mqttlab decode: not hex: 'zz'", r.err().strip());
    }

    @Test
    void versionFlagsAndJson() {
        CliRun v311 = CliRun.of("decode", "40 03 00 01 10");
        assertEquals(1, v311.exitCode(), "a 3-byte PUBACK is not 3.1.1");
        CliRun v5 = CliRun.of("decode", "--v5", "--json", "40 03 00 01 10");
        assertEquals(0, v5.exitCode(), v5.err());
        assertTrue(v5.out().startsWith("{\"packets\":[{\"offset\":0,\"version\":\"5.0\",\"type\":\"PUBACK\""), v5.out());
        assertTrue(v5.out().contains("No matching subscribers"));
    }
}
