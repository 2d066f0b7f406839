package mqttlab.cli;

import java.nio.file.Path;

/** Where the lab keeps what it writes for a user: {@code MQTTLAB_HOME}, else {@code ~/.mqttlab}. */
final class LabHome {
    private LabHome() { }

    static Path get() {
        String env = System.getenv("MQTTLAB_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".mqttlab");
    }
}
