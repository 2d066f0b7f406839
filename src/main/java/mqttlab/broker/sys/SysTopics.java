package mqttlab.broker.sys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import io.netty.channel.EventLoop;
import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.message.Message;
import mqttlab.broker.publish.Router;
import mqttlab.broker.retain.RetainedStore;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;

/**
 * The $SYS/broker/... topics mosquitto publishes (retained), every sys_interval seconds; only
 * values that changed are republished, as mosquitto's sys_tree.c does.
 */
public final class SysTopics {
    public static final String VERSION = "mqttlab version 0.1.0";

    private final Supplier<BrokerConfig> config;
    private final SessionStore sessions;
    private final SubscriptionTree subscriptions;
    private final RetainedStore<Message> retained;
    private final Counters counters;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final Router router;
    private final Instant started;
    private final Map<String, String> last = new LinkedHashMap<>();
    private BrokerClock.Timer timer;
    private int scheduledInterval;

    public SysTopics(Supplier<BrokerConfig> config, SessionStore sessions, SubscriptionTree subscriptions,
                     RetainedStore<Message> retained, Counters counters, EventLoop loop, BrokerClock clock,
                     Router router, Instant started) {
        this.config = config;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.retained = retained;
        this.counters = counters;
        this.loop = loop;
        this.clock = clock;
        this.router = router;
        this.started = started;
    }

    public void start() {
        schedule(config.get().sysIntervalSeconds());
    }

    /**
     * After a reload: a new sys_interval takes over from the next tick (mosquitto reads it on every
     * pass of its main loop); 0 stops the updates. Runs on the event loop.
     */
    public void applyInterval() {
        int interval = config.get().sysIntervalSeconds();
        if (interval == scheduledInterval) return;
        if (timer != null) timer.cancel();
        timer = null;
        schedule(interval);
    }

    private void schedule(int interval) {
        scheduledInterval = interval;
        if (interval <= 0) return; // sys_interval 0 turns $SYS off
        loop.execute(this::publish);
        timer = clock.every(loop, this::publish, Duration.ofSeconds(interval));
    }

    private void publish() {
        Counters k = counters;
        long uptime = Duration.between(started, clock.instant()).getSeconds();
        int online = sessions.online();
        Map<String, String> now = new LinkedHashMap<>();
        now.put("version", VERSION);
        now.put("uptime", uptime + " seconds");
        now.put("clients/connected", String.valueOf(online));
        now.put("clients/active", String.valueOf(online));
        now.put("clients/disconnected", String.valueOf(sessions.size() - online));
        now.put("clients/inactive", String.valueOf(sessions.size() - online));
        now.put("clients/total", String.valueOf(sessions.size()));
        now.put("clients/maximum", String.valueOf(k.clientsMaximum));
        now.put("messages/received", String.valueOf(k.messagesReceived));
        now.put("messages/sent", String.valueOf(k.messagesSent));
        now.put("publish/messages/received", String.valueOf(k.publishReceived));
        now.put("publish/messages/sent", String.valueOf(k.publishSent));
        now.put("publish/messages/dropped", String.valueOf(k.publishDropped));
        now.put("bytes/received", String.valueOf(k.bytesReceived));
        now.put("bytes/sent", String.valueOf(k.bytesSent));
        now.put("subscriptions/count", String.valueOf(subscriptions.count()));
        now.put("retained messages/count", String.valueOf(retained.count()));
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        now.put("heap/current", String.valueOf(heap));
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (e.getValue().equals(last.get(e.getKey()))) continue;
            last.put(e.getKey(), e.getValue());
            byte[] payload = e.getValue().getBytes(StandardCharsets.UTF_8);
            router.publish(new Message("$SYS/broker/" + e.getKey(), payload, Qos.AT_MOST_ONCE, true, Properties.EMPTY,
                    -1, clock.nanos(), null));
        }
    }
}
