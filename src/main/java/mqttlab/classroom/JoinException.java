package mqttlab.classroom;

/** Joining the class failed: the message is the one line to show (no stack trace). */
public final class JoinException extends Exception {
    public JoinException(String message, Throwable cause) {
        super(message, cause);
    }
}
