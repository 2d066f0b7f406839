package mqttlab.bench;

/** A run that cannot go on (the broker refused, closed or is unreachable), with a message for people. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }
}
