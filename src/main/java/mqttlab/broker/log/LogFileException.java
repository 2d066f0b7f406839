package mqttlab.broker.log;

/** A log file named by log_dest could not be opened; the message says which, in the student's language. */
public final class LogFileException extends RuntimeException {
    public LogFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
