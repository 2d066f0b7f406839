package mqttlab.broker;

import mqttlab.text.Cause;
import mqttlab.text.Phrase;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import mqttlab.text.Text;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.auth.ListenerSecurity;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.Listener;
import mqttlab.broker.connect.Admission;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogFileException;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.net.ChannelAdapter;
import mqttlab.broker.net.HttpPages;
import mqttlab.broker.net.MqttServer;
import mqttlab.broker.session.Session;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.broker.sys.SysTopics;
import mqttlab.broker.tap.PacketTap;
import mqttlab.broker.time.BrokerClock;

/**
 * The lab's MQTT broker and its composition root: {@link #start} builds every part by
 * constructor and opens the listeners. The rest is the in-process API the shell, lessons and
 * graders use; each call runs on the broker's event loop, so it sees a consistent state.
 */
public final class Broker implements BrokerView, AutoCloseable {
    private final BrokerContext ctx;
    private final EventLoopGroup boss;
    private final EventLoopGroup worker;
    private final List<Channel> listeners;
    private final Instant started;
    private final Wiring wiring;
    private final ConfigReload reloader;
    private final java.util.concurrent.atomic.AtomicReference<HttpPages> pages;
    private final ListenerAccess firstAccess;
    private final List<Channel> webListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    private Broker(BrokerContext ctx, EventLoopGroup boss, EventLoopGroup worker, List<Channel> listeners, Instant started, Wiring wiring,
                   ConfigReload reloader, java.util.concurrent.atomic.AtomicReference<HttpPages> pages, ListenerAccess firstAccess) {
        this.reloader = reloader;
        this.ctx = ctx;
        this.boss = boss;
        this.worker = worker;
        this.listeners = listeners;
        this.started = started;
        this.wiring = wiring;
        this.pages = pages;
        this.firstAccess = firstAccess;
    }

    /** Starts a broker; throws {@link BrokerStartException} (e.g. the port is taken) with a message for people. */
    public static Broker start(BrokerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * As {@link #start(BrokerConfig)}, on {@code clock}: a {@link BrokerClock} (a test's manual one) is
     * the broker's whole time; any other clock gives the dates, with real intervals and timers.
     */
    public static Broker start(BrokerConfig config, Clock clock) {
        return start(config, clock, UnaryOperator.identity());
    }

    /**
     * As {@link #start(BrokerConfig, Clock)}, with each listener's loaded security passed through
     * {@code security} once (the classroom wraps the ACL with its runtime switches and reloads the
     * password file this way).
     */
    public static Broker start(BrokerConfig config, Clock clock, UnaryOperator<ListenerSecurity> security) {
        return start(config, clock, security, Admission.OPEN);
    }

    /** As {@link #start(BrokerConfig, Clock, UnaryOperator)}, with who may connect beyond the password check. */
    public static Broker start(BrokerConfig config, Clock wall, UnaryOperator<ListenerSecurity> security, Admission admission) {
        BrokerClock clock = BrokerClock.of(wall); // the one time source: the log's stamps too
        BrokerLog log;
        try {
            log = new BrokerLog(config.logSettings(), clock);
        } catch (LogFileException e) {
            throw new BrokerStartException(e.getMessage(), e.getCause(), false);
        }
        EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("mqttlab-accept", true));
        EventLoopGroup worker = new NioEventLoopGroup(1, new DefaultThreadFactory("mqttlab-broker", true));
        List<ListenerSecurity> loaded;
        try {
            loaded = ListenerSecurity.load(config);
        } catch (ConfigException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            worker.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new BrokerStartException(e.getMessage(), e, false);
        }
        Map<ListenerSecurity, ListenerSecurity> wrapped = new IdentityHashMap<>();
        List<ListenerSecurity> secured = loaded.stream().map(s -> wrapped.computeIfAbsent(s, security)).toList();
        List<ListenerAccess> access = secured.stream().map(ListenerAccess::new).toList(); // one per listener: a reload replaces each
        BrokerContext ctx = new BrokerContext(config, log, new PacketTap(), new FaultInjector(), worker.next(), clock, admission);
        Wiring wiring = new Wiring(ctx);
        // log_dest topic: $SYS/broker/log/<letter>, QoS 2, not retained, as mosquitto (set always: a reload may add it)
        log.setTopicSink((topic, line) -> ctx.loop.execute(() -> wiring.router.publish(new Message(topic,
                line.getBytes(java.nio.charset.StandardCharsets.UTF_8), mqttlab.protocol.packet.Qos.EXACTLY_ONCE, false,
                mqttlab.protocol.property.Properties.EMPTY, -1, ctx.clock.nanos(), null))));
        Instant started = clock.instant();
        log.log(LogLevel.NOTICE, SysTopics.VERSION + " starting");
        if (config.source() != null) log.log(LogLevel.NOTICE, "Config loaded from " + config.source() + ".");
        else log.log(LogLevel.NOTICE, "Using default config.");
        if (config.localOnly()) {
            log.log(LogLevel.NOTICE, "Starting in local only mode. Connections will only be possible from clients running on this machine.");
            log.log(LogLevel.NOTICE, "Create a configuration file which defines a listener to allow remote access.");
            log.log(LogLevel.NOTICE, "For more details see https://mosquitto.org/documentation/authentication-methods/");
        }
        for (Phrase w : config.warnings()) log.log(LogLevel.WARNING, w.english());
        for (ListenerSecurity s : new java.util.LinkedHashSet<>(secured)) for (Phrase w : s.warnings()) log.log(LogLevel.WARNING, w.english());
        try {
            wiring.persistence.restore(access.get(0)); // before any listener opens
        } catch (ConfigException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            worker.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new BrokerStartException(e.getMessage(), e, false);
        }
        java.util.function.LongSupplier cap = () -> ctx.config().effectiveMaxPacketSize(); // read per connection: a reload changes it for new ones
        var pages = new java.util.concurrent.atomic.AtomicReference<HttpPages>(HttpPages.NONE);
        HttpPages served = (path, loopback) -> pages.get().get(path, loopback);
        List<Channel> channels = new ArrayList<>();
        try {
            List<Listener> listeners = config.effectiveListeners();
            for (int i = 0; i < listeners.size(); i++) {
                Listener l = listeners.get(i);
                ListenerAccess listenerAccess = access.get(i);
                java.util.function.Supplier<ChannelAdapter> adapters = () -> wiring.adapter(listenerAccess);
                Channel ch = MqttServer.bind(boss, worker, l, cap, adapters, served);
                channels.add(ch);
                int port = ((InetSocketAddress) ch.localAddress()).getPort();
                if (l.protocol() == Listener.Protocol.WEBSOCKETS) {
                    log.log(LogLevel.NOTICE, "Opening websockets listen socket on port " + port + ".");
                    continue;
                }
                log.log(LogLevel.NOTICE, "Opening ipv4 listen socket on port " + port + ".");
                // mosquitto opens IPv6 beside IPv4: `localhost` is also ::1, and a wildcard listener takes both
                boolean dualStack = l.bindAddress() == null && ((InetSocketAddress) ch.localAddress()).getAddress() instanceof java.net.Inet6Address;
                if (dualStack) {
                    log.log(LogLevel.NOTICE, "Opening ipv6 listen socket on port " + port + ".");
                } else if (config.localOnly()) {
                    try {
                        channels.add(MqttServer.bind(boss, worker, new Listener(port, "::1"), cap, adapters));
                        log.log(LogLevel.NOTICE, "Opening ipv6 listen socket on port " + port + ".");
                    } catch (Exception noIpv6) {
                        log.log(LogLevel.INFORMATION, "No ipv6 listen socket on port " + port + ": " + noIpv6.getMessage());
                    }
                }
            }
        } catch (Exception e) {
            channels.forEach(Channel::close);
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            worker.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            boolean inUse = e instanceof BindException || (e.getMessage() != null && e.getMessage().contains("Address already in use"));
            String where = config.effectiveListeners().toString();
            throw new BrokerStartException(inUse ? Text.t("broker.start.in.use", describe(config)) : Text.t("broker.start.listener", where, mqttlab.text.Cause.of(e)), e, inUse);
        }
        wiring.persistence.startAutosave();
        SysTopics sys = new SysTopics(ctx::config, ctx.sessions, ctx.subscriptions, ctx.retained, ctx.counters, ctx.loop, ctx.clock,
                wiring.router, started);
        sys.start();
        Runnable timers = () -> {
            sys.applyInterval();
            wiring.persistence.applyAutosaveInterval();
        };
        log.log(LogLevel.NOTICE, SysTopics.VERSION + " running");
        return new Broker(ctx, boss, worker, channels, started, wiring, new ConfigReload(ctx, access, security, timers), pages, access.get(0));
    }

    private static String describe(BrokerConfig config) {
        StringBuilder sb = new StringBuilder();
        for (Listener l : config.effectiveListeners()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(l.bindAddress() == null ? "0.0.0.0" : l.bindAddress()).append(':').append(l.port());
        }
        return sb.toString();
    }

    /** The bound addresses, one per listener, with the real port when 0 was asked for. */
    public List<InetSocketAddress> addresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (Channel c : listeners) out.add((InetSocketAddress) c.localAddress());
        return out;
    }

    /**
     * What every websockets listener answers to a plain HTTP GET from now on (the projector page);
     * {@link HttpPages#NONE} by default.
     */
    public void serve(HttpPages pages) { this.pages.set(java.util.Objects.requireNonNull(pages, "pages")); }

    /**
     * Opens one more listener, MQTT over WebSocket at {@code at}, that also answers plain HTTP GETs
     * with what {@link #serve} set: the lab's projector page and the MQTT connection it makes back. Its
     * security is the first listener's. Returns the bound address (the real port when 0 was asked for).
     */
    public InetSocketAddress openWeb(InetSocketAddress at) {
        Listener l = new Listener(at.getPort(), at.getHostString(), Listener.Protocol.WEBSOCKETS, null);
        try {
            Channel ch = MqttServer.bind(boss, worker, l, () -> ctx.config().effectiveMaxPacketSize(),
                    () -> wiring.adapter(firstAccess), (path, lb) -> pages.get().get(path, lb));
            webListeners.add(ch);
            int port = ((InetSocketAddress) ch.localAddress()).getPort();
            ctx.log.log(LogLevel.NOTICE, "Opening websockets listen socket on port " + port + ".");
            return (InetSocketAddress) ch.localAddress();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException(Text.t("broker.start.interrupted", at), e, false);
        } catch (Exception e) {
            boolean inUse = e instanceof BindException || (e.getMessage() != null && e.getMessage().contains("Address already in use"));
            String where = at.getHostString() + ":" + at.getPort();
            throw new BrokerStartException(inUse ? Text.t("broker.start.in.use", where) : Text.t("broker.start.listener.at", where), e, inUse);
        }
    }

    /**
     * A message from the broker itself, as $SYS topics are: QoS 0, to every subscriber the ACL lets read
     * it; no client can send it, so the lab's read-only topics ({@code $lab/...}) carry it.
     */
    public void publishOwn(String topic, byte[] payload, boolean retain) {
        if (stopped) return;
        ctx.loop.execute(() -> wiring.router.publish(new Message(topic, payload, mqttlab.protocol.packet.Qos.AT_MOST_ONCE, retain,
                mqttlab.protocol.property.Properties.EMPTY, -1, ctx.clock.nanos(), null)));
    }

    /** The first listener's port. */
    public int port() { return addresses().get(0).getPort(); }

    public List<ClientInfo> clients() {
        return onLoop(() -> {
            List<ClientInfo> out = new ArrayList<>();
            for (Session s : ctx.sessions.all()) {
                var c = s.connection();
                out.add(new ClientInfo(s.clientId(), c == null ? null : c.address(), s.version(), s.cleanStart(),
                        c == null ? 0 : c.keepAlive(), s.username(), c != null, s.since(), s.inflight().size(), s.queue().size()));
            }
            return out;
        });
    }

    /** Where a client stands in flow control, or null when the broker has no session for it. */
    public FlowInfo flow(String clientId) {
        return onLoop(() -> {
            Session s = ctx.sessions.get(clientId);
            if (s == null) return null;
            var c = s.connection();
            return new FlowInfo(s.clientId(), c != null, s.queue().size(), s.queue().bytes(), s.inflight().size(),
                    c == null ? 0 : c.pendingBytes(), s.flow().holding(), s.flow().heldPublishers(), s.flow().stalled());
        });
    }

    public List<SubscriptionInfo> subscriptions() {
        return onLoop(() -> {
            List<SubscriptionInfo> out = new ArrayList<>();
            for (SubscriptionEntry e : ctx.subscriptions.all()) {
                out.add(new SubscriptionInfo(e.clientId(), e.filter(), e.qos(), e.noLocal(), e.retainAsPublished(),
                        e.retainHandling(), e.subscriptionId()));
            }
            return out;
        });
    }

    public List<RetainedInfo> retained() {
        return onLoop(() -> {
            List<RetainedInfo> out = new ArrayList<>();
            long nowNanos = ctx.clock.nanos();
            Instant now = ctx.clock.instant();
            for (Message m : ctx.retained.all()) {
                Instant at = now.minusNanos(Math.max(0, nowNanos - m.receivedAtNanos()));
                out.add(new RetainedInfo(m.topic(), m.payload(), m.qos().value(), at));
            }
            return out;
        });
    }

    public BrokerStats stats() {
        return onLoop(() -> {
            Counters k = ctx.counters;
            int online = ctx.sessions.online();
            int inflight = 0;
            long queued = 0;
            for (Session s : ctx.sessions.all()) {
                inflight += s.inflight().size();
                queued += s.queue().size();
            }
            return new BrokerStats(Duration.between(started, ctx.clock.instant()), online, ctx.sessions.size() - online,
                    k.clientsTotal, k.clientsMaximum, k.messagesReceived, k.messagesSent, k.publishReceived, k.publishSent,
                    k.publishDropped, k.bytesReceived, k.bytesSent, ctx.subscriptions.count(), ctx.retained.count(),
                    inflight, queued + ctx.retained.count());
        });
    }

    public PacketTap tap() { return ctx.tap; }

    public FaultInjector faults() { return ctx.faults; }

    public BrokerLog log() { return ctx.log; }

    public BrokerConfig config() { return ctx.config(); }

    /**
     * Reloads the configuration (mosquitto's SIGHUP): {@code source} reads the file again; the password
     * file, ACL, logging and other options come into force for new and connected clients alike (see
     * {@link ConfigReload}). False when the file could not be read; the log says why.
     */
    public boolean reload(ConfigReload.Source source) {
        return onLoop(() -> reloader.reload(source));
    }

    /** Closes a client's network connection abruptly (its will fires), as a cut cable would. */
    public boolean cut(String clientId) {
        return onLoop(() -> {
            Session s = ctx.sessions.get(clientId);
            if (s == null || s.connection() == null) return false;
            s.connection().cut();
            return true;
        });
    }

    /** Stops the listeners, closes every connection, saves what persistence keeps. */
    public void stop() {
        if (stopped) return;
        stopped = true;
        for (Channel c : listeners) c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        for (Channel c : webListeners) c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        try {
            onLoop(() -> {
                wiring.shutdown();
                for (Session s : ctx.sessions.snapshot()) if (s.connection() != null) s.connection().cut();
                return null;
            });
        } catch (RuntimeException ignored) {
            // the loop is already gone
        }
        ctx.log.log(LogLevel.NOTICE, SysTopics.VERSION + " terminating");
        wiring.persistence.close(); // after the clients are closed: the last save
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        worker.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        ctx.log.close();
    }

    /**
     * Saves the persistence file now (mosquitto's SIGUSR1) and waits until it is on disk; false when
     * persistence is off or the save failed (the log says why).
     */
    public boolean save() { return wiring.persistence.saveNow(); }

    @Override
    public void close() { stop(); }

    /** Runs on the broker's event loop and waits for the answer; from the loop itself it runs inline. */
    <T> T onLoop(Callable<T> task) {
        try {
            if (ctx.loop.inEventLoop()) return task.call();
            return ctx.loop.submit(task).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not answer in 10 s");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
