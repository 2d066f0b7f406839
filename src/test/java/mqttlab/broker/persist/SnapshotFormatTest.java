package mqttlab.broker.persist;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQLB file format, version 1, pinned by golden files: what reads, and what is refused and why. */
class SnapshotFormatTest {
    static byte[] resource(String name) throws Exception {
        try (InputStream in = SnapshotFormatTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing");
            return in.readAllBytes();
        }
    }

    static String refusal(byte[] bytes) {
        return assertThrows(SnapshotException.class, () -> SnapshotReader.decode(bytes)).getMessage();
    }

    @Test
    @DisplayName("The v1 golden file reads back as every kind of record it was written from")
    void goldenValid() throws Exception {
        Snapshot s = SnapshotReader.decode(resource(GoldenSnapshots.VALID));
        assertEquals(GoldenSnapshots.sample(), s);
        assertEquals(2, s.sessions().size());
        assertEquals("dashboard", s.sessions().get(1).clientId());
        assertEquals("screens", s.sessions().get(1).subscriptions().get(1).shareGroup());
        assertEquals(65535, s.sessions().get(1).inflight().get(0).packetId());
    }

    @Test
    @DisplayName("Format version 1 is stable: the writer still produces the golden bytes")
    void goldenBytesStable() throws Exception {
        assertArrayEquals(resource(GoldenSnapshots.VALID), SnapshotWriter.encode(GoldenSnapshots.sample()));
    }

    @Test
    @DisplayName("A truncated file is refused as truncated")
    void goldenTruncated() throws Exception {
        assertTrue(refusal(resource(GoldenSnapshots.TRUNCATED)).startsWith("is truncated"), refusal(resource(GoldenSnapshots.TRUNCATED)));
    }

    @Test
    @DisplayName("A file with one bit flipped is refused by its CRC32")
    void goldenBadCrc() throws Exception {
        String why = refusal(resource(GoldenSnapshots.BAD_CRC));
        assertTrue(why.startsWith("is corrupt: its CRC32 is"), why);
    }

    @Test
    @DisplayName("Every prefix and every single-byte change of a valid file is refused with a reason, never half read")
    void everyDamageRefused() throws Exception {
        byte[] valid = resource(GoldenSnapshots.VALID);
        for (int n = 0; n < valid.length; n++) refusal(java.util.Arrays.copyOf(valid, n));
        for (int i = 0; i < valid.length; i++) {
            byte[] bad = valid.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            refusal(bad);
        }
    }

    @Test
    @DisplayName("An unknown format version, a mosquitto.db, an empty or foreign file are each named as such")
    void otherFiles() throws Exception {
        byte[] v2 = resource(GoldenSnapshots.VALID);
        v2[5] = 2;
        CRC32 crc = new CRC32();
        crc.update(v2, 0, v2.length - 4);
        ByteBuffer.wrap(v2).putInt(v2.length - 4, (int) crc.getValue());
        assertEquals("has format version 2, but this MQTT Lab reads version 1 (it was written by a newer MQTT Lab)", refusal(v2));
        byte[] mosquitto = {0x00, (byte) 0xB5, 0x00, 'm', 'o', 's', 'q', 'u', 'i', 't', 't', 'o', ' ', 'd', 'b', 0, 0, 0, 6};
        assertTrue(refusal(mosquitto).contains("mosquitto database"));
        assertEquals("is empty", refusal(new byte[0]));
        assertTrue(refusal("hello world".getBytes()).startsWith("is not an MQTT Lab persistence file (it starts with 68 65 6c 6c"));
        byte[] extra = java.util.Arrays.copyOf(resource(GoldenSnapshots.VALID), v2.length + 3);
        assertEquals("has 3 unexpected bytes after its end", refusal(extra));
    }

    @Test
    @DisplayName("write replaces the file atomically and leaves no temporary file behind")
    void atomicWrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/mosquitto.db");
        SnapshotWriter.write(Snapshot.empty(1), file);
        SnapshotWriter.write(GoldenSnapshots.sample(), file);
        assertEquals(GoldenSnapshots.sample(), SnapshotReader.read(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(java.util.List.of(file), files.toList());
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        Files.write(file.resolveSibling("mosquitto.db.new"), new byte[] {1, 2}); // a crash's leftover
        SnapshotWriter.write(Snapshot.empty(2), file);
        assertEquals(Snapshot.empty(2), SnapshotReader.read(file));
        assertFalse(Files.exists(file.resolveSibling("mosquitto.db.new")));
    }
}
