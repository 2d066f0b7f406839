package mqttlab.broker.will;

import java.util.HashMap;
import java.util.Map;
import io.netty.channel.EventLoop;
import java.time.Duration;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.message.Message;
import mqttlab.broker.publish.Router;
import mqttlab.broker.time.BrokerClock;

/**
 * Publishes a connection's will when it ends without DISCONNECT [MQTT-3.1.2-8], after the v5 Will
 * Delay Interval if one was given (cancelled if the client reconnects first [MQTT-3.1.3-9]).
 */
public final class WillPublisher {
    private final EventLoop loop;
    private final BrokerClock clock;
    private final Router router;
    private final Map<String, BrokerClock.Timer> delayed = new HashMap<>();

    public WillPublisher(EventLoop loop, BrokerClock clock, Router router) {
        this.loop = loop;
        this.clock = clock;
        this.router = router;
    }

    /** The connection ended abnormally: publish its will now or after its delay. */
    public void connectionLost(Connection c, long sessionExpiry) {
        Message will = c.takeWill();
        if (will == null) return;
        long delay = Math.min(c.willDelay(), sessionExpiry); // the will goes at the earlier of the two (MQTT 5.0 3.1.2.5)
        if (delay <= 0) {
            router.publish(will);
            return;
        }
        String id = c.clientId();
        delayed.put(id, clock.schedule(loop, () -> {
            delayed.remove(id);
            router.publish(will);
        }, Duration.ofSeconds(delay)));
    }

    public void publishNow(Connection c) {
        Message will = c.takeWill();
        if (will != null) router.publish(will);
    }

    public void cancelDelayed(String clientId) {
        BrokerClock.Timer t = delayed.remove(clientId);
        if (t != null) t.cancel();
    }
}
