package mqttlab.broker.auth;

/** Topic access control (e.g. a mosquitto acl_file). {@code username} is null for anonymous clients. */
public interface Authorizer {
    Authorizer ALLOW_ALL = new Authorizer() {
        @Override public boolean canWrite(String clientId, String username, String topic) { return true; }
        @Override public boolean canRead(String clientId, String username, String topic) { return true; }
    };

    /** May this client publish to this topic name? */
    boolean canWrite(String clientId, String username, String topic);

    /** May this client receive a message published on this topic name? Checked at delivery, as mosquitto does. */
    boolean canRead(String clientId, String username, String topic);

    /**
     * May this client subscribe to this (valid) filter? False makes the SUBACK say 0x80 Failure (3.1.1)
     * or 0x87 Not authorized (5.0) for it. Allowed unless the rules refuse it outright.
     */
    default boolean canSubscribe(String clientId, String username, String filter) {
        return true;
    }
}
