package mqttlab.broker.connection;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.Session;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.PacketTap;
import mqttlab.broker.tap.TapEvent;
import mqttlab.broker.time.BrokerClock;
import mqttlab.broker.write.BatchedWriter;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.Diagnostics;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/**
 * One network connection: its channel, what its CONNECT said, and how to write packets to it
 * (through the fault injector and the tap). Event loop thread only.
 */
public final class Connection {
    public enum State { AWAITING_CONNECT, CONNECTED, CLOSED }

    /**
     * Fired down the pipeline when the connection ends with a DISCONNECT and lingers: the client is
     * gone for the broker (session, will, counters) from then on, while the socket stays open to drain.
     */
    public static final Object ENDED_LINGERING = new Object();
    /**
     * How long a socket stays half-closed after the broker's DISCONNECT, reading and discarding what
     * the client still sends, unless the client closes first.
     */
    static final long LINGER_MILLIS = 1000;

    /** Topic aliases the server accepts from a v5 client (its CONNACK's Topic Alias Maximum, 3.2.2.3.8). */
    public static final int TOPIC_ALIAS_MAXIMUM = 10;

    private final Shared shared;
    private final Channel channel;
    private final String remoteHost;
    private final int remotePort;
    private final int localPort;
    /** The listener's security in force now (replaced on reload). */
    private final ListenerAccess access;

    private State state = State.AWAITING_CONNECT;
    private MqttVersion version = MqttVersion.V3_1_1;
    private String clientId;
    private String username;
    /** The CONNECT's password, kept so that a reload can check the client again against a new password file (as mosquitto). */
    private byte[] password;
    private int keepAlive;
    private boolean cleanStart;
    private Session session;
    private Message will;
    private long willDelay;
    /** Set when the client ended with DISCONNECT (no will, unless v5 reason 0x04), or when the server dismissed it. */
    private boolean graceful;
    private boolean takenOver;
    /** True once CONNACK accepted the client: only then do session and will matter at close. */
    private boolean accepted;
    private long clientMaxPacketSize = Long.MAX_VALUE;
    private int clientReceiveMaximum = 65535;
    /** Topic Aliases this client set (3.3.2.3.4): alias to topic name. */
    private final Map<Integer, String> inboundAliases = new HashMap<>();
    /** Set at CONNECT when a v5 client announces a Topic Alias Maximum above 0. */
    private OutboundTopicAliases outboundAliases;
    private Instant connectedAt;
    /** When the broker last read a packet from this client (the broker clock's nanos): {@link IdleSweep} closes it when that is too long ago. */
    long heardAtNanos;
    /** Where {@link IdleSweep} keeps this connection; -1 once removed. */
    int sweepIndex = -1;
    /** Stops and restarts reading from this client when a subscriber it feeds falls behind. */
    private final ReadHold reads = new ReadHold(this);
    /** Packets sent between two flushes go out in one buffer, written once at the flush. */
    private final BatchedWriter writer;
    /** Bytes handed to the writer or the channel so far; less {@link #pendingBytes()}, what the socket took. */
    private long written;

    /**
     * What all of a broker's connections share: the tap and fault injector every packet goes past,
     * the counters, the log, the flush scheduler of their event loop, and the clock.
     */
    public record Shared(PacketTap tap, FaultInjector faults, Counters counters, BrokerLog log, FlushScheduler flusher, BrokerClock clock) { }

    public Connection(Shared shared, Channel channel, String remoteHost, int remotePort, int localPort,
                      ListenerAccess access) {
        this.shared = shared;
        this.channel = channel;
        this.remoteHost = remoteHost;
        this.remotePort = remotePort;
        this.localPort = localPort;
        this.access = access;
        this.connectedAt = shared.clock().instant();
        this.heardAtNanos = shared.clock().nanos();
        this.writer = new BatchedWriter(channel, shared.flusher());
    }

    /** CONNECT said which version the client speaks: every packet to it is encoded in that version from now on. */
    public void speaks(MqttVersion version) { this.version = version; }

    /**
     * A v5 CONNECT's Maximum Packet Size, known before the CONNACK: a refusing CONNACK keeps within it too
     * [MQTT-3.2.2-19]. {@link #accepted} sets it again for an accepted client.
     */
    public void limitPacketsTo(long maximum) { this.clientMaxPacketSize = maximum; }

    /** CONNECT named the client (its id possibly assigned by the server) and its credentials. */
    public void identified(String clientId, String username, byte[] password) {
        this.clientId = clientId;
        this.username = username;
        this.password = password;
    }

    /**
     * CONNACK accepted the client: from now on it is connected to {@code session}, with the limits
     * its CONNECT announced, the keep alive in force (the server's, if it overrode the client's), and
     * its will (null for none).
     */
    public void accepted(Accepted terms, Session session, Instant at) {
        this.session = session;
        this.cleanStart = terms.cleanStart();
        this.clientReceiveMaximum = terms.receiveMaximum();
        this.clientMaxPacketSize = terms.maxPacketSize();
        allowTopicAliases(terms.topicAliasMaximum());
        this.keepAlive = terms.keepAlive();
        this.will = terms.will();
        this.willDelay = terms.willDelay();
        this.state = State.CONNECTED;
        this.accepted = true;
        this.connectedAt = at;
    }

    /** What a CONNECT asked for and the server granted, as the connection keeps it ({@link #accepted}). */
    public record Accepted(boolean cleanStart, int receiveMaximum, long maxPacketSize, int topicAliasMaximum,
            int keepAlive, Message will, long willDelay) { }

    /**
     * The client sent DISCONNECT: with any reason but 0x04 (disconnect with will) it said goodbye
     * properly and its will is discarded [MQTT-3.14.4-3].
     */
    public void saidGoodbye(boolean keepWill) {
        graceful = !keepWill;
        if (graceful) will = null;
    }

    /** Another connection took this client id over [MQTT-3.1.4-2]: its session is no longer this connection's to end. */
    public void takenOver() { takenOver = true; }

    /** The channel is gone (whoever closed it). */
    public void ended() { state = State.CLOSED; }

    /** Hands over the will to publish, once: the connection keeps none after. */
    public Message takeWill() {
        Message w = will;
        will = null;
        return w;
    }

    public State state() { return state; }
    public String remoteHost() { return remoteHost; }
    public int localPort() { return localPort; }
    /** The listener's security in force now (replaced on reload). */
    public ListenerAccess access() { return access; }
    /** Stops and restarts reading from this client when a subscriber it feeds falls behind. */
    public ReadHold reads() { return reads; }
    Channel channel() { return channel; }
    public MqttVersion version() { return version; }
    /** The client id, null before CONNECT named it. */
    public String clientId() { return clientId; }
    public String username() { return username; }
    public byte[] password() { return password; }
    public int keepAlive() { return keepAlive; }
    public boolean cleanStart() { return cleanStart; }
    /** The session this connection is attached to, null before CONNACK. */
    public Session session() { return session; }
    /** The will to publish if the connection ends without DISCONNECT, or null. */
    public Message will() { return will; }
    public long willDelay() { return willDelay; }
    public boolean graceful() { return graceful; }
    public boolean wasTakenOver() { return takenOver; }
    /** True once CONNACK accepted the client: only then do session and will matter at close. */
    public boolean isAccepted() { return accepted; }
    public long clientMaxPacketSize() { return clientMaxPacketSize; }
    public int clientReceiveMaximum() { return clientReceiveMaximum; }
    public Instant connectedAt() { return connectedAt; }

    /** A packet came in: the client is alive (keep alive [MQTT-3.1.2-24]). */
    public void heard() { heardAtNanos = shared.clock().nanos(); }

    /** The connection is open: {@code sweep} closes it if it stays quiet too long. */
    public void watchIdle(IdleSweep sweep) { sweep.add(this); }

    /** The connection is gone: nothing to watch. */
    public void unwatchIdle(IdleSweep sweep) { sweep.remove(this); }

    /** The client set Topic Alias {@code alias} to stand for {@code topic} from now on (3.3.2.3.4). */
    public void aliasIn(int alias, String topic) { inboundAliases.put(alias, topic); }

    /** The topic the client's Topic Alias {@code alias} stands for, or null when it set none. */
    public String topicOfAliasIn(int alias) { return inboundAliases.get(alias); }

    /** The client id for log lines: mosquitto prints the address before CONNECT names the client. */
    public String name() {
        return clientId != null ? clientId : remoteHost;
    }

    public String address() {
        return remoteHost + ":" + remotePort;
    }

    /** Encodes and writes one packet; returns its size in bytes, or -1 if a fault dropped it or the channel is gone. */
    public int send(Packet packet) {
        return send(packet, null);
    }

    /**
     * As {@link #send(Packet)}, with {@code encoded} the bytes {@code packet} makes in this
     * connection's protocol version, already made: a fan-out encodes a message once for all its
     * subscribers instead of once each. Encoded here after all when a topic alias changes them.
     */
    public int send(Packet packet, byte[] encoded) {
        if (state == State.CLOSED || !channel.isActive()) return -1;
        if (outboundAliases != null && packet instanceof Publish p) {
            Packet aliased = outboundAliases.apply(p);
            if (aliased != p) encoded = null;
            packet = aliased;
        }
        Fault fault = shared.faults().take(clientId, packet.type(), Direction.OUT);
        int length = encoded != null ? encoded.length : PacketEncoder.encodedLength(packet, version);
        if (length > clientMaxPacketSize && !(packet instanceof Publish)) {
            // the Reason String and User Properties go first: a v5 server MUST NOT send them when they make the
            // packet larger than the client's Maximum Packet Size ([MQTT-3.2.2-19], [MQTT-3.4.2-2], [MQTT-3.14.2-3]...)
            packet = Diagnostics.without(packet);
            encoded = null;
            length = PacketEncoder.encodedLength(packet, version);
        }
        if (fault != null) return sendWithFault(packet, length, fault);
        if (shared.faults().swallows(clientId, packet, Direction.OUT)) return swallowed(packet, length);
        writer.write(packet, version, length, encoded);
        written += length;
        if (shared.tap().active()) shared.tap().publish(tapEvent(Direction.OUT, packet, writer.last(length)));
        shared.counters().messagesSent++;
        shared.counters().bytesSent += length;
        return length;
    }

    /** The broker's answer to a duplicate's copy: on the tap, not on the wire (FaultInjector#swallowAnswerTo). */
    private int swallowed(Packet packet, int length) {
        if (shared.tap().active()) shared.tap().publish(tapEvent(Direction.OUT, packet, io.netty.buffer.Unpooled.wrappedBuffer(PacketEncoder.encode(packet, version))));
        shared.log().log(LogLevel.NOTICE, "Fault: " + packet.type() + " to " + name() + " answers the duplicate; it goes no further.");
        return -1;
    }

    private int sendWithFault(Packet packet, int length, Fault fault) {
        writer.handOver(); // what was sent before goes first
        ByteBuf buf = channel.alloc().buffer(length);
        PacketEncoder.encode(packet, version, buf.nioBuffer(0, length));
        buf.writerIndex(length);
        if (shared.tap().active()) shared.tap().publish(tapEvent(Direction.OUT, packet, buf));
        switch (fault.kind()) {
            case DROP -> {
                buf.release();
                shared.log().log(LogLevel.NOTICE, "Fault: dropped " + packet.type() + " to " + name() + ".");
                return -1;
            }
            case DELAY -> { // real time, not the broker clock: the fault plays a slow network, no rule of the protocol
                channel.eventLoop().schedule(() -> { written += length; channel.writeAndFlush(buf); }, fault.delay().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                return length;
            }
            case DUPLICATE -> {
                Packet copy = Fault.repeated(packet);
                shared.faults().swallowAnswerTo(clientId, copy, Direction.OUT);
                channel.write(buf, channel.voidPromise());
                written += length;
                byte[] again = PacketEncoder.encode(copy, version);
                if (shared.tap().active()) shared.tap().publish(tapEvent(Direction.OUT, copy, io.netty.buffer.Unpooled.wrappedBuffer(again)));
                shared.log().log(LogLevel.NOTICE, "Fault: duplicated " + packet.type() + " to " + name() + ".");
                shared.counters().messagesSent++;
                shared.counters().bytesSent += again.length;
                written += again.length;
                channel.writeAndFlush(io.netty.buffer.Unpooled.wrappedBuffer(again));
                return length;
            }
            default -> { // CUT
                written += length;
                channel.writeAndFlush(buf).addListener(f -> channel.close());
                return length;
            }
        }
    }

    public TapEvent tapEvent(Direction direction, Packet packet, ByteBuf bytes) {
        byte[] copy = new byte[bytes.readableBytes()];
        bytes.getBytes(bytes.readerIndex(), copy);
        return new TapEvent(shared.tap().nextSeq(), shared.clock().instant(), direction, clientId, address(), version, packet, copy,
                aliasTopic(direction, packet));
    }

    /** Lets the server send Topic Aliases 1..maximum to this client (5.0 3.1.2.11.5); 0 means none. */
    public void allowTopicAliases(int maximum) {
        outboundAliases = maximum > 0 ? new OutboundTopicAliases(maximum) : null;
    }

    /** What a PUBLISH's Topic Alias stands for in the tap (for trace), or null when it carries none. */
    private String aliasTopic(Direction direction, Packet packet) {
        if (!(packet instanceof Publish p) || !version.isV5()) return null;
        var alias = p.properties().number(PropertyId.TOPIC_ALIAS);
        if (alias.isEmpty()) return null;
        if (!p.topic().isEmpty()) return p.topic();
        if (direction == Direction.IN) return topicOfAliasIn((int) alias.getAsLong());
        return outboundAliases == null ? null : outboundAliases.topicOf((int) alias.getAsLong());
    }

    /**
     * Ends the connection for a protocol violation: v5 gets a DISCONNECT with the reason code
     * first [MQTT-4.13.1-1], 3.1.1 just the closed socket [MQTT-4.8.0-1].
     */
    public void disconnectWith(ReasonCode reason, String why) {
        if (state == State.CLOSED) return;
        if (version.isV5() && state == State.CONNECTED) {
            Properties props = why == null ? Properties.EMPTY : Properties.of().plus(PropertyId.REASON_STRING, why);
            send(new Disconnect(reason.code(), props));
            closeLingering();
            return;
        }
        close();
    }

    /**
     * Closes after a DISCONNECT so that the client can read it: the broker's side is shut (FIN after
     * the DISCONNECT, as [MQTT-3.14.4-2] asks: the broker sends nothing more) but the socket keeps
     * reading, and throws away, what the client had already sent, for up to {@link #LINGER_MILLIS} or
     * until the client closes. Closing at once with the client's packets unread makes the kernel answer
     * with a reset, and a reset can destroy the DISCONNECT, reason code and all, before the client
     * reads it: a client still publishing past Receive Maximum never learnt it got 0x93.
     */
    private void closeLingering() {
        if (!(channel instanceof io.netty.channel.socket.DuplexChannel duplex) || !channel.isActive()
                || channel.pipeline().get(io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.class) != null) { // WebSocket has its own close handshake
            close();
            return;
        }
        state = State.CLOSED;
        writer.handOver();
        channel.writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER).addListener(f -> duplex.shutdownOutput());
        channel.config().setAutoRead(true); // drain, even if flow control had paused reading
        // later, as Netty fires channelInactive after a close: the caller finishes first (a takeover sets its flags)
        channel.eventLoop().execute(() -> channel.pipeline().fireUserEventTriggered(ENDED_LINGERING));
        // real time, not the broker clock: the linger lets the socket drain, a matter of the network
        channel.eventLoop().schedule(() -> channel.close(), LINGER_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * The server ends this connection on purpose (a reloaded configuration no longer admits the
     * client): v5 is told why with a DISCONNECT, the log says "disconnected." as mosquitto's does,
     * and the will is still published, since the client did not say goodbye.
     */
    public void dismiss(ReasonCode reason, String why) {
        graceful = true;
        disconnectWith(reason, why);
    }

    /** Closes the socket at once, unflushed, as a cut cable would (the will fires). */
    public void cut() {
        channel.close();
    }

    public void close() {
        if (state == State.CLOSED) return;
        state = State.CLOSED;
        writer.handOver();
        channel.flush();
        channel.close();
    }

    public boolean writable() {
        return channel.isWritable();
    }

    /**
     * Bytes the socket has taken for this client so far: it grows while the client reads, however
     * slowly (by whole write batches, as Netty counts them), and stops when it does not read.
     */
    public long taken() {
        return written - pendingBytes();
    }

    /** Bytes written to the channel and not yet taken by the socket (Netty's outbound buffer). */
    public long pendingBytes() {
        var buffer = channel.unsafe().outboundBuffer();
        return (buffer == null ? 0 : buffer.totalPendingWriteBytes()) + writer.batched();
    }
}
