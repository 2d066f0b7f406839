package mqttlab.broker.will;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import io.netty.channel.EventLoop;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.message.Message;
import mqttlab.broker.publish.Router;

/**
 * Publishes a connection's will when it ends without DISCONNECT [MQTT-3.1.2-8], after the v5 Will
 * Delay Interval if one was given (cancelled if the client reconnects first [MQTT-3.1.3-9]).
 */
public final class WillPublisher {
    private final EventLoop loop;
    private final Router router;
    private final Map<String, ScheduledFuture<?>> delayed = new HashMap<>();

    public WillPublisher(EventLoop loop, Router router) {
        this.loop = loop;
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
        delayed.put(id, loop.schedule(() -> {
            delayed.remove(id);
            router.publish(will);
        }, delay, TimeUnit.SECONDS));
    }

    public void publishNow(Connection c) {
        Message will = c.takeWill();
        if (will != null) router.publish(will);
    }

    public void cancelDelayed(String clientId) {
        ScheduledFuture<?> f = delayed.remove(clientId);
        if (f != null) f.cancel(false);
    }
}
