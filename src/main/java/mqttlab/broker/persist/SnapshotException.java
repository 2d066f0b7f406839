package mqttlab.broker.persist;

/** A persistence file cannot be read: wrong kind of file, unknown format version, truncated or corrupt. One line for people. */
public final class SnapshotException extends Exception {
    public SnapshotException(String problem) {
        super(problem);
    }
}
