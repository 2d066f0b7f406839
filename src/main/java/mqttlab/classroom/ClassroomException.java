package mqttlab.classroom;

/** The classroom could not start; the message is the one line to show. */
public final class ClassroomException extends Exception {
    public ClassroomException(String message, Throwable cause) {
        super(message, cause);
    }
}
