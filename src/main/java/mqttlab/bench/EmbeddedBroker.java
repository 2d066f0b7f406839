package mqttlab.bench;

import java.nio.file.Path;
import mqttlab.broker.Broker;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;

/** The lab broker in this JVM for `bench --embedded`: mosquitto's defaults, an ephemeral loopback port, quiet. */
public final class EmbeddedBroker {
    static final String CONFIG = "listener 0 127.0.0.1\nallow_anonymous true\nlog_type none\n";

    private EmbeddedBroker() { }

    public static Broker start() {
        try {
            return Broker.start(ConfigParser.parse(CONFIG, Path.of("bench-embedded.conf")));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
