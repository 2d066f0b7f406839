package mqttlab.broker.log;

import java.nio.file.Path;

/** A log_dest: stdout, stderr, topic, or file PATH. */
public record LogDestination(Kind kind, Path file) {
    public enum Kind { STDOUT, STDERR, TOPIC, FILE }

    public static LogDestination stdout() { return new LogDestination(Kind.STDOUT, null); }

    public static LogDestination stderr() { return new LogDestination(Kind.STDERR, null); }

    public static LogDestination topic() { return new LogDestination(Kind.TOPIC, null); }

    public static LogDestination file(Path p) { return new LogDestination(Kind.FILE, p); }
}
