package mqttlab.broker;

import io.netty.channel.EventLoop;
import java.time.Clock;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connect.Admission;
import mqttlab.broker.connection.IdleSweep;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.message.Message;
import mqttlab.broker.retain.RetainedStore;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.tap.PacketTap;
import mqttlab.broker.time.BrokerClock;
import mqttlab.broker.write.FlushScheduler;

/**
 * The broker's shared parts, built once by {@link Broker#start}. The root alone holds it: {@link Wiring}
 * hands each handler the few parts it uses, by constructor. All mutable state here is owned by {@link #loop}.
 */
final class BrokerContext {
    /** Replaced only by {@link #reconfigure} (SIGHUP); read it through {@link #config()} each time. */
    private volatile BrokerConfig config;
    public final BrokerLog log;
    public final PacketTap tap;
    public final FaultInjector faults;
    public final SessionStore sessions = new SessionStore();
    public final SubscriptionTree subscriptions = new SubscriptionTree();
    public final RetainedStore<Message> retained = new RetainedStore<>();
    public final Counters counters = new Counters();
    public final EventLoop loop;
    /** The one time source: every time-based rule reads it and schedules its timers through it. */
    public final BrokerClock clock;
    public final FlushScheduler flusher;
    /** Closes connections that stay quiet too long (connect timeout, keep alive). */
    public final IdleSweep idle;
    /** Who may connect beyond the password check ({@link Admission#OPEN} outside a classroom). */
    public final Admission admission;

    /** The configuration in force now. */
    public BrokerConfig config() { return config; }

    /** A reload (SIGHUP): from now on every handler reads {@code next}. Listeners stay as they were opened. */
    public void reconfigure(BrokerConfig next) { this.config = java.util.Objects.requireNonNull(next, "next"); }

    public BrokerContext(BrokerConfig config, BrokerLog log, PacketTap tap, FaultInjector faults,
                         EventLoop loop, Clock clock, Admission admission) {
        this.admission = java.util.Objects.requireNonNull(admission, "admission");
        this.config = config;
        this.log = log;
        this.tap = tap;
        this.faults = faults;
        this.loop = loop;
        this.clock = BrokerClock.of(clock);
        this.flusher = new FlushScheduler(loop);
        this.idle = new IdleSweep(log, loop, this.clock);
    }
}
