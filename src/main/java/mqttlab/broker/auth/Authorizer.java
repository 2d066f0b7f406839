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
}
