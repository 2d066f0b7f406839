package mqttlab.files;

import java.nio.file.Path;
import java.util.Map;

/** Where the lab keeps what it writes for a user: {@code $MQTTLAB_HOME} when set and not blank, else {@code ~/.mqttlab}. */
public final class LabHome {
    public static final String VARIABLE = "MQTTLAB_HOME";

    private LabHome() { }

    /** The folder for this process's environment; it may not exist yet. */
    public static Path get() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /** The folder for {@code env} and the user's home folder {@code userHome}. */
    public static Path of(Map<String, String> env, String userHome) {
        String set = env.get(VARIABLE);
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(userHome, ".mqttlab");
    }
}
