package mqttlab.relay;

import mqttlab.text.Cause;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import mqttlab.broker.BrokerStats;
import mqttlab.broker.BrokerView;
import mqttlab.broker.ClientInfo;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.SubscriptionInfo;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.net.FrameDecoder;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.PacketTap;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.codec.MalformedPacketException;

/**
 * The relay in front of an external broker, and its composition root: a listener on 127.0.0.1 whose
 * every connection is relayed to the upstream broker, both legs decoded by the lab's codec into the
 * same kind of tap, fault injector and mosquitto-style log the embedded broker has. What the broker
 * holds inside (clients, subscriptions, retained messages) it knows from what it saw pass, plus the
 * broker's own $SYS counters when the broker publishes them.
 */
public final class Relay implements BrokerView, AutoCloseable {
    /** MQTT's largest packet: 268,435,455 bytes of remaining length plus its 5-byte fixed header. */
    private static final long MAX_FRAME = 268_435_455L + 5;
    private final Upstream upstream;
    private final EventLoopGroup group;
    private final Channel server;
    private final SslContext ssl;
    private final PacketTap tap = new PacketTap();
    private final FaultInjector faults = new FaultInjector();
    private final BrokerLog log;
    private final Clock clock;
    private final Instant started;
    private final RelaySeen seen;
    private final UpstreamLink link;
    private final SysCounters sys;
    private final Set<RelayedConnection> connections = ConcurrentHashMap.newKeySet();
    private final List<Consumer<MalformedSeen>> malformedListeners = new CopyOnWriteArrayList<>();

    /** A packet the codec refused: on the client's leg (IN) or the broker's (OUT), with its bytes and the broken rule. */
    public record MalformedSeen(String client, Direction direction, mqttlab.protocol.packet.MqttVersion version, byte[] bytes, String why) { }

    private Relay(Upstream upstream, EventLoopGroup group, SslContext ssl, BrokerLog log, Clock clock, int port, String user, String password)
            throws InterruptedException {
        this.upstream = upstream;
        this.group = group;
        this.ssl = ssl;
        this.log = log;
        this.clock = clock;
        this.started = clock.instant();
        this.seen = new RelaySeen(clock);
        this.link = new UpstreamLink(upstream, log);
        this.sys = new SysCounters(this, user, password);
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        RelayedConnection c = new RelayedConnection(Relay.this, ch);
                        connections.add(c);
                        ch.pipeline().addLast(new FrameDecoder(MAX_FRAME), new Leg(c, true));
                    }
                });
        this.server = b.bind(new InetSocketAddress("127.0.0.1", port)).sync().channel();
    }

    /**
     * Opens the relay on 127.0.0.1:{@code port} (0: a free one) in front of {@code upstream}. An
     * unreachable broker does not stop it: {@link #link()} says so and keeps trying. {@code user} and
     * {@code password} (may be null) are for the relay's own $SYS reader.
     * @throws IllegalStateException when the port cannot be opened or the TLS settings cannot be read
     */
    public static Relay start(Upstream upstream, int port, BrokerLog log, Clock clock, String user, String password) {
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("mqttlab-relay", true));
        try {
            Relay r = new Relay(upstream, group, upstream.sslContext(), log, clock, port, user, password);
            r.link.probeNow();
            r.sys.start();
            return r;
        } catch (SSLException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException(mqttlab.text.Text.t("relay.tls.failed", Cause.of(e)), e);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException(mqttlab.text.Text.t("relay.port.failed", port, e.getMessage()), e);
        }
    }

    /** Connects one upstream leg on the client's event loop; the future completes once TLS (if any) has shaken hands. */
    Future<Channel> connectUpstream(EventLoop loop, RelayedConnection c) {
        Promise<Channel> done = loop.newPromise();
        Bootstrap b = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) ch.pipeline().addLast("tls", tlsHandler(ch));
                        ch.pipeline().addLast(new FrameDecoder(MAX_FRAME), new Leg(c, false));
                    }
                });
        b.connect(upstream.host(), upstream.port()).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                done.tryFailure(f.cause());
                return;
            }
            SslHandler tls = f.channel().pipeline().get(SslHandler.class);
            if (tls == null) {
                done.trySuccess(f.channel());
                return;
            }
            tls.handshakeFuture().addListener(h -> {
                if (h.isSuccess()) done.trySuccess(f.channel());
                else done.tryFailure(h.cause());
            });
        });
        return done;
    }

    /** TLS towards the broker, checking that its certificate names the host, as mosquitto_sub does without --insecure. */
    SslHandler tlsHandler(SocketChannel ch) {
        SSLEngine engine = ssl.newEngine(ch.alloc(), upstream.host(), upstream.port());
        SSLParameters params = engine.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(params);
        return new SslHandler(engine);
    }

    void saw(RelayedConnection c, TapEvent e) {
        seen.saw(c, e);
        if (tap.active()) tap.publish(e);
        // the lines are built only when someone reads them: with the log off, a PUBLISH costs no string
        if (!RelayLog.debugOnly(e.packet()) || log.isEnabled(LogLevel.DEBUG)) RelayLog.of(e, c).forEach(line -> log.log(line.level(), line.text()));
    }

    void ended(RelayedConnection c, boolean graceful) {
        connections.remove(c);
        seen.ended(c);
    }

    void malformed(RelayedConnection c, Direction d, MalformedPacketException e, byte[] bytes) {
        MalformedSeen m = new MalformedSeen(c.name(), d, c.version(), bytes, e == null ? "oversize" : e.describe());
        for (Consumer<MalformedSeen> l : malformedListeners) {
            try {
                l.accept(m);
            } catch (RuntimeException ignored) {
                // a listener's bug must not break the relay
            }
        }
    }

    /** Tells {@code listener} of every packet the codec refused; close the result to stop. */
    public AutoCloseable onMalformed(Consumer<MalformedSeen> listener) {
        malformedListeners.add(listener);
        return () -> malformedListeners.remove(listener);
    }

    /** Tells {@code listener} where the broker answers differently from the lab's broker (a SUBACK granting less, say). */
    public AutoCloseable onDifference(Consumer<BrokerDifference> listener) { return seen.onDifference(listener); }

    public Upstream upstream() { return upstream; }

    public UpstreamLink link() { return link; }

    Clock clock() { return clock; }

    EventLoopGroup group() { return group; }

    @Override
    public PacketTap tap() { return tap; }

    @Override
    public FaultInjector faults() { return faults; }

    @Override
    public BrokerLog log() { return log; }

    @Override
    public List<ClientInfo> clients() { return seen.clients(); }

    @Override
    public List<SubscriptionInfo> subscriptions() { return seen.subscriptions(); }

    @Override
    public List<RetainedInfo> retained() { return seen.retained(); }

    @Override
    public BrokerStats stats() { return seen.stats(java.time.Duration.between(started, clock.instant())); }

    @Override
    public String secondHand() { return sys.describe(); }

    /** The broker's own $SYS counters as last read (empty when it publishes none). */
    public java.util.Map<String, String> sysValues() { return sys.values(); }

    @Override
    public boolean cut(String clientId) {
        for (RelayedConnection c : connections) {
            if (clientId.equals(c.clientId()) && c.accepted()) {
                c.cutFromOutside();
                return true;
            }
        }
        return false;
    }

    @Override
    public int port() { return ((InetSocketAddress) server.localAddress()).getPort(); }

    /** Closes the listener and every relayed connection (the broker sees each one end without DISCONNECT). */
    @Override
    public void close() {
        sys.stop();
        link.stop();
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        for (RelayedConnection c : connections) c.cutFromOutside();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        log.close();
    }
}
