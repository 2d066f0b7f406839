package mqttlab.client;

/** A wrong combination of options, with mosquitto's message for it ({@code Error: …}). */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
