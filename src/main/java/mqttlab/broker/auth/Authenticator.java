package mqttlab.broker.auth;

/** Checks a CONNECT's user name and password (e.g. against a mosquitto password file). */
public interface Authenticator {
    /** True when this user name and password are accepted. {@code password} may be null. */
    boolean authenticate(String username, byte[] password);
}
