package mqttlab.shell;

/** A mistake or failure with a message for people: the shell prints it as one line and carries on. */
public final class ShellException extends RuntimeException {
    public ShellException(String message) {
        super(message, null, false, false);
    }
}
