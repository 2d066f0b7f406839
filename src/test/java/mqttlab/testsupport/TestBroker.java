package mqttlab.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;

/**
 * A lab broker on 127.0.0.1 and an ephemeral port, quiet, configured the way a student would:
 * with mosquitto.conf lines.
 */
public final class TestBroker {
    private static final String BASE = "listener 0 127.0.0.1\nallow_anonymous true\nlog_type none\nsys_interval 0\n";

    private TestBroker() { }

    public static BrokerConfig config(String extraLines) {
        try {
            return ConfigParser.parse(BASE + extraLines, Path.of("test.conf"));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static Broker start() {
        return Broker.start(config(""));
    }

    /** A broker with extra mosquitto.conf lines, e.g. "retain_available false\n". */
    public static Broker start(String extraLines) {
        return Broker.start(config(extraLines));
    }

    /** As {@link #start(String)}, on {@code clock}: a {@link ManualClock} lets the test move time on instead of sleeping. */
    public static Broker start(String extraLines, Clock clock) {
        return Broker.start(config(extraLines), clock);
    }
}
