package mqttlab.lessons;

import java.nio.file.Path;
import mqttlab.broker.Broker;
import mqttlab.broker.config.ConfigParser;

/**
 * The broker a student starts in a second terminal for lesson 11: on the lesson's {@code {{altport}}},
 * local only ({@code -p PORT}) or open to every interface ({@code -c test.conf} with {@code listener PORT 0.0.0.0}),
 * with $SYS updated every second so that a test does not wait mosquitto's 10.
 */
final class SecondBroker {
    private SecondBroker() {}

    static Broker restart(Broker running, int port, boolean everyInterface) throws Exception {
        if (running != null) running.stop();
        String conf = "listener " + port + (everyInterface ? " 0.0.0.0" : " 127.0.0.1") + "\nallow_anonymous true\nsys_interval 1\nlog_dest none\n";
        var config = ConfigParser.parse(conf, Path.of("test.conf"));
        // {{altport}} is a free port when the lesson opens, in the ephemeral range: a short-lived client socket of
        // another test JVM may hold it for a moment, as it may on a student's machine, so try again briefly
        return mqttlab.testsupport.Await.value(() -> {
            try {
                return Broker.start(config);
            } catch (mqttlab.broker.BrokerStartException busy) {
                return null;
            }
        }, java.time.Duration.ofSeconds(10), () -> "port " + port + " stayed in use");
    }
}
