package mqttlab.shell;

import java.nio.file.Path;

/**
 * How `mqttlab shell` was started. {@code brokerUrl} null: start the embedded broker on {@code port};
 * else the relay in front of that broker, checking a TLS broker's certificate against {@code cafile} (may be null).
 */
public record ShellOptions(String brokerUrl, String user, String password, int port, String lang, boolean noBuilding, Path cafile) {
    public ShellOptions(String brokerUrl, String user, String password, int port, String lang, boolean noBuilding) {
        this(brokerUrl, user, password, port, lang, noBuilding, null);
    }

    public static ShellOptions defaults() {
        return new ShellOptions(null, null, null, 1883, null, false);
    }
}
