package mqttlab.broker.persist;

import java.util.List;

/**
 * What the persistence file holds: the retained messages and the persistent sessions, taken at
 * one moment on the broker's event loop. {@code savedAtMillis} (wall clock, epoch ms) lets a load
 * count the time the broker was down against message and session expiry.
 *
 * <p>File format, version {@value #FORMAT_VERSION} (all integers big-endian), see {@link SnapshotWriter}.
 */
public record Snapshot(long savedAtMillis, List<StoredMessage> retained, List<StoredSession> sessions) {
    /** The first four bytes of every file. */
    public static final byte[] MAGIC = {'M', 'Q', 'L', 'B'};
    public static final int FORMAT_VERSION = 1;
    /** Magic, format version (u16), body length (u32). */
    public static final int HEADER_LENGTH = 10;
    /** CRC32 of everything before it (u32). */
    public static final int TRAILER_LENGTH = 4;

    public Snapshot {
        retained = List.copyOf(retained);
        sessions = List.copyOf(sessions);
    }

    public static Snapshot empty(long savedAtMillis) {
        return new Snapshot(savedAtMillis, List.of(), List.of());
    }
}
