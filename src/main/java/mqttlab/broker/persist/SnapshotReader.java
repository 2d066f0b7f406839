package mqttlab.broker.persist;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import mqttlab.broker.session.Outbound;

/**
 * Reads what {@link SnapshotWriter} wrote. The whole file is checked before anything is
 * believed: magic, format version, length, CRC32; then the body is decoded with every count and
 * code checked, so a bad file is always a {@link SnapshotException} saying why, never a broker
 * half restored.
 */
public final class SnapshotReader {
    private static final byte[] MOSQUITTO_MAGIC = {0x00, (byte) 0xB5, 0x00, 'm', 'o', 's', 'q'};

    private SnapshotReader() { }

    public static Snapshot read(Path file) throws SnapshotException, IOException {
        return decode(Files.readAllBytes(file));
    }

    public static Snapshot decode(byte[] bytes) throws SnapshotException {
        if (bytes.length == 0) throw new SnapshotException("is empty");
        if (startsWith(bytes, MOSQUITTO_MAGIC)) {
            throw new SnapshotException("is a mosquitto database, which MQTT Lab cannot read (use another persistence_location)");
        }
        if (!startsWith(bytes, Snapshot.MAGIC)) {
            String start = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(4, bytes.length));
            throw new SnapshotException("is not an MQTT Lab persistence file (it starts with " + (start.isEmpty() ? "nothing" : start) + ", not MQLB)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < Snapshot.HEADER_LENGTH) throw new SnapshotException("is truncated: " + bytes.length + " bytes, shorter than its header");
        in.position(Snapshot.MAGIC.length);
        int version = in.getShort() & 0xFFFF;
        if (version != Snapshot.FORMAT_VERSION) {
            throw new SnapshotException("has format version " + version + ", but this MQTT Lab reads version " + Snapshot.FORMAT_VERSION
                    + (version > Snapshot.FORMAT_VERSION ? " (it was written by a newer MQTT Lab)" : ""));
        }
        long bodyLength = in.getInt() & 0xFFFFFFFFL;
        long expected = Snapshot.HEADER_LENGTH + bodyLength + Snapshot.TRAILER_LENGTH;
        if (bytes.length < expected) throw new SnapshotException("is truncated: " + bytes.length + " bytes, its header promises " + expected);
        if (bytes.length > expected) throw new SnapshotException("has " + (bytes.length - expected) + " unexpected bytes after its end");
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, (int) (expected - Snapshot.TRAILER_LENGTH));
        long stored = ByteBuffer.wrap(bytes, (int) (expected - Snapshot.TRAILER_LENGTH), 4).getInt() & 0xFFFFFFFFL;
        if (stored != crc.getValue()) {
            throw new SnapshotException(String.format("is corrupt: its CRC32 is %08x but the content gives %08x", stored, crc.getValue()));
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, Snapshot.HEADER_LENGTH, (int) bodyLength).slice();
        try {
            Snapshot s = new SnapshotBody(body).snapshot();
            if (body.hasRemaining()) throw new SnapshotException("is corrupt: " + body.remaining() + " bytes left over in its body");
            return s;
        } catch (BufferUnderflowException e) {
            throw new SnapshotException("is corrupt: a record runs past the end of the body at byte " + (Snapshot.HEADER_LENGTH + body.position()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SnapshotException("is corrupt at byte " + (Snapshot.HEADER_LENGTH + body.position()) + ": " + e.getMessage());
        }
    }

    static int stateCode(Outbound.State s) {
        return switch (s) { case QUEUED -> 0; case AWAITING_PUBACK -> 1; case AWAITING_PUBREC -> 2; case AWAITING_PUBCOMP -> 3; };
    }

    static Outbound.State state(int code) {
        return switch (code) {
            case 0 -> Outbound.State.QUEUED;
            case 1 -> Outbound.State.AWAITING_PUBACK;
            case 2 -> Outbound.State.AWAITING_PUBREC;
            case 3 -> Outbound.State.AWAITING_PUBCOMP;
            default -> throw new IllegalArgumentException("unknown QoS flow state " + code);
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return bytes.length > 0 && startsWith(prefix, bytes);
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    static String str(ByteBuffer in) {
        int n = in.getInt();
        if (n == -1) return null;
        return new String(bytes(in, n), StandardCharsets.UTF_8);
    }

    static byte[] bytes(ByteBuffer in, int n) {
        if (n < 0 || n > in.remaining()) throw new IllegalArgumentException("a length of " + n + " bytes does not fit in the file");
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    static <T> List<T> list(int n, ByteBuffer in, int minBytesEach) {
        if (n < 0 || (long) n * minBytesEach > in.remaining()) throw new IllegalArgumentException("a count of " + n + " does not fit in the file");
        return new ArrayList<>(n);
    }
}
