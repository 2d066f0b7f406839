package mqttlab.relay;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.net.FrameDecoder;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.codec.ConnectPeek;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.PropertyId;

/**
 * One client's connection through the relay: the client's leg (IN: client to broker) and the
 * upstream leg (OUT: broker to client). Every whole frame is decoded by the lab's codec, put on the
 * tap, logged as mosquitto would, passed through the armed faults and forwarded unchanged. Both
 * channels run on one event loop, so this state is touched by one thread.
 */
final class RelayedConnection {
    private final Relay relay;
    private final Channel client;
    private final String address;
    private final int localPort;
    private Channel upstream;
    private boolean upstreamDown;
    private MqttVersion version = MqttVersion.V3_1_1;
    private Connect connect;
    private String clientId;
    private boolean accepted;
    private boolean graceful;
    private boolean ended;
    private final Map<Integer, String> aliasesIn = new HashMap<>();
    private final Map<Integer, String> aliasesOut = new HashMap<>();

    RelayedConnection(Relay relay, Channel client) {
        this.relay = relay;
        this.client = client;
        InetSocketAddress remote = (InetSocketAddress) client.remoteAddress();
        this.address = remote == null ? "?" : io.netty.util.NetUtil.toAddressString(remote.getAddress()) + ":" + remote.getPort();
        InetSocketAddress local = (InetSocketAddress) client.localAddress();
        this.localPort = local == null ? 0 : local.getPort();
    }

    String clientId() { return clientId; }

    String address() { return address; }

    Connect connect() { return connect; }

    boolean accepted() { return accepted; }

    MqttVersion version() { return version; }

    /** The client's TCP connection is open: reach the broker before reading anything from the client. */
    void opened() {
        relay.log().log(LogLevel.NOTICE, "New connection from " + address + " on port " + localPort + ".");
        client.config().setAutoRead(false);
        relay.connectUpstream(client.eventLoop(), this).addListener(f -> {
            if (f.isSuccess()) {
                upstream = (Channel) f.getNow();
                if (!client.isActive()) upstream.close();
                relay.link().reached();
            } else {
                upstreamDown = true;
                relay.link().failed(f.cause());
            }
            client.config().setAutoRead(true);
        });
    }

    /** A whole frame (or a refusal) from the client. */
    void fromClient(Object msg) {
        if (msg instanceof FrameDecoder.Refused r) {
            malformedFromClient(r.reason(), r.oversize(), new byte[0]);
            return;
        }
        ByteBuf frame = (ByteBuf) msg;
        if (ended) {
            frame.release();
            return;
        }
        Packet packet;
        try {
            packet = PacketDecoder.decode(frame.nioBuffer(), connect == null ? MqttVersion.V3_1_1 : version);
        } catch (MalformedPacketException e) {
            if (connect == null) {
                MqttVersion declared = ConnectPeek.version(frame.nioBuffer());
                if (declared != null) version = declared;
            }
            byte[] bytes = bytes(frame);
            frame.release();
            malformedFromClient(e, false, bytes);
            return;
        }
        if (packet instanceof Connect c) {
            if (connect != null) {
                frame.release();
                protocolError("a second CONNECT is a protocol violation [MQTT-3.1.0-2]");
                return;
            }
            connect = c;
            version = c.version();
            clientId = c.clientId();
        } else if (connect == null) {
            frame.release();
            protocolError("the first packet must be CONNECT [MQTT-3.1.0-1], not " + packet.type());
            return;
        }
        TapEvent e = event(Direction.IN, packet, frame);
        relay.saw(this, e);
        if (upstreamDown || upstream == null) {
            frame.release();
            if (packet instanceof Connect) refuseUnavailable();
            else cut();
            return;
        }
        forward(e, frame, upstream);
    }

    /** A whole frame from the broker. */
    void fromUpstream(Object msg) {
        if (msg instanceof FrameDecoder.Refused r) {
            malformedFromUpstream(r.reason(), new byte[0]);
            return;
        }
        ByteBuf frame = (ByteBuf) msg;
        if (ended) {
            frame.release();
            return;
        }
        Packet packet;
        try {
            packet = PacketDecoder.decode(frame.nioBuffer(), version);
        } catch (MalformedPacketException e) {
            byte[] bytes = bytes(frame);
            frame.release();
            malformedFromUpstream(e, bytes);
            return;
        }
        if (packet instanceof ConnAck a) {
            accepted = a.reasonCode() == 0;
            String assigned = a.properties().string(PropertyId.ASSIGNED_CLIENT_IDENTIFIER).orElse(null);
            if (assigned != null) clientId = assigned;
        }
        TapEvent e = event(Direction.OUT, packet, frame);
        relay.saw(this, e);
        forward(e, frame, client);
    }

    /** Puts the fault (if one is armed for this packet) between the two legs. */
    private void forward(TapEvent e, ByteBuf frame, Channel to) {
        if (relay.faults().swallows(clientId, e.packet(), e.direction())) {
            frame.release();
            relay.log().log(LogLevel.NOTICE, "Fault: " + e.packet().type() + (e.direction() == Direction.IN ? " from " : " to ") + name()
                    + " answers the duplicate; it goes no further.");
            return;
        }
        Fault fault = relay.faults().take(clientId, e.packet().type(), e.direction());
        if (fault == null) {
            write(to, frame, e.packet());
            return;
        }
        String way = e.direction() == Direction.IN ? " from " : " to ";
        switch (fault.kind()) {
            case DROP -> {
                frame.release();
                relay.log().log(LogLevel.NOTICE, "Fault: dropped " + e.packet().type() + way + name() + ".");
            }
            case DELAY -> to.eventLoop().schedule(() -> {
                write(to, frame, e.packet());
                to.flush();   // no read ends for it later: it goes out now
            }, fault.delay().toMillis(), TimeUnit.MILLISECONDS);
            case DUPLICATE -> {
                Packet copy = Fault.repeated(e.packet());
                relay.faults().swallowAnswerTo(clientId, copy, e.direction());
                write(to, frame, e.packet());
                relay.log().log(LogLevel.NOTICE, "Fault: duplicated " + e.packet().type() + way + name() + ".");
                ByteBuf again = Unpooled.wrappedBuffer(PacketEncoder.encode(copy, version));
                relay.saw(this, event(e.direction(), copy, again));
                write(to, again, copy);
            }
            case CUT -> {
                write(to, frame, e.packet());
                to.eventLoop().execute(this::cut);
            }
        }
    }

    /** Queues the frame on {@code to}; it goes out at {@link #readComplete} (one flush per read, not per packet). */
    private void write(Channel to, ByteBuf frame, Packet p) {
        if (!to.isActive()) {
            frame.release();
            return;
        }
        to.write(frame, to.voidPromise());
        if (p.type() == PacketType.DISCONNECT && to == upstream) graceful = true;
    }

    /**
     * A read on one leg ended: flush what it forwarded to the other. Should the other not keep up
     * (its outbound buffer over Netty's high-water mark), this leg stops reading until it drains.
     */
    void readComplete(boolean fromClient) {
        Channel to = fromClient ? upstream : client;
        if (to == null) return;
        to.flush();
        if (!to.isWritable()) (fromClient ? client : upstream).config().setAutoRead(false);
    }

    /** {@code clientSide}'s channel drained (or filled): the other leg reads again once it is writable. */
    void writabilityChanged(boolean clientSide) {
        Channel ch = clientSide ? client : upstream;
        Channel other = clientSide ? upstream : client;
        if (ch != null && other != null && ch.isWritable() && upstream != null) other.config().setAutoRead(true);
    }

    /** Cuts both legs without DISCONNECT: the broker sees a lost connection and publishes the will. */
    void cut() {
        if (ended) return;
        relay.log().log(LogLevel.NOTICE, "Client " + name() + " closed its connection.");
        ended = true;
        closeBoth();
    }

    /** `cut` or `fault cut` from the shell's thread: done on this connection's loop. */
    void cutFromOutside() {
        client.eventLoop().execute(this::cut);
    }

    /** The broker's leg failed (a reset, or TLS refused the broker's certificate): the link says so. */
    void upstreamFailed(Throwable cause) {
        if (cause instanceof javax.net.ssl.SSLException || cause.getCause() instanceof javax.net.ssl.SSLException) relay.link().failed(cause);
    }

    /** The client's socket closed. */
    void clientClosed() {
        if (!ended && accepted) {
            relay.log().log(LogLevel.NOTICE, graceful ? "Client " + name() + " disconnected." : "Client " + name() + " closed its connection.");
        }
        ended = true;
        relay.ended(this, graceful);
        if (upstream != null) upstream.close();
    }

    /** The broker's socket closed: the broker ended this client's connection, or the link to it broke. */
    void upstreamClosed() {
        if (upstream == null) return;   // it never got through (TLS refused, say): the client's CONNECT gets "Server unavailable"
        if (!ended && client.isActive()) {
            boolean expected = graceful || (!accepted && connect != null);
            if (!expected) {
                relay.log().log(LogLevel.NOTICE, "Client " + name() + ": the broker closed the connection.");
                relay.link().check();
            }
        }
        client.close();
    }

    private void refuseUnavailable() {
        // 3.1.1 return code 3 and 5.0 reason code 0x88 both mean "Server unavailable" (3.2.2.3 / 3.2.2.2)
        ConnAck refusal = new ConnAck(false, version.isV5() ? ReasonCode.SERVER_UNAVAILABLE.code() : 3);
        relay.log().log(LogLevel.NOTICE, "Client " + name() + ": the broker " + relay.upstream().url() + " cannot be reached.");
        sendToClient(refusal);
        ended = true;
        client.close();
    }

    private void malformedFromClient(MalformedPacketException e, boolean oversize, byte[] bytes) {
        relay.log().log(LogLevel.NOTICE, "Client " + name() + " disconnected due to " + (oversize ? "oversize packet." : "malformed packet."));
        if (e != null) relay.log().log(LogLevel.DEBUG, "\t" + e.describe());
        relay.malformed(this, Direction.IN, e, bytes);
        int code = oversize || e == null ? ReasonCode.PACKET_TOO_LARGE.code() : e.reason().code();
        // a CONNECT that cannot be read gets no CONNACK in 3.1.1 [MQTT-3.1.4-1]; 5.0 says why (4.13.1)
        if (version.isV5() && connect == null) sendToClient(new ConnAck(false, code));
        else if (version.isV5()) sendToClient(new Disconnect(code, mqttlab.protocol.property.Properties.EMPTY));
        cut();
    }

    private void malformedFromUpstream(MalformedPacketException e, byte[] bytes) {
        relay.log().log(LogLevel.NOTICE, "Client " + name() + ": the broker sent a malformed packet; the relay closes this connection.");
        if (e != null) relay.log().log(LogLevel.DEBUG, "\t" + e.describe());
        relay.malformed(this, Direction.OUT, e, bytes);
        int code = e == null ? ReasonCode.PACKET_TOO_LARGE.code() : e.reason().code();
        if (version.isV5() && accepted) {
            // the relay stands for the client towards the broker (4.13.1) and for the broker towards the client
            sendUpstream(new Disconnect(code, mqttlab.protocol.property.Properties.EMPTY));
            sendToClient(new Disconnect(code, mqttlab.protocol.property.Properties.EMPTY));
        }
        ended = true;
        closeBoth();
    }

    private void protocolError(String why) {
        relay.log().log(LogLevel.NOTICE, "Client " + name() + " disconnected due to protocol error.");
        relay.log().log(LogLevel.DEBUG, "\t" + why);
        if (version.isV5() && accepted) sendToClient(new Disconnect(ReasonCode.PROTOCOL_ERROR));
        cut();
    }

    /** A packet the relay itself sends to the client (as the broker would), on the tap like any other. */
    private void sendToClient(Packet p) {
        byte[] bytes = PacketEncoder.encode(p, version);
        relay.saw(this, new TapEvent(relay.tap().nextSeq(), relay.clock().instant(), Direction.OUT, clientId, address, version, p, bytes));
        client.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    private void sendUpstream(Packet p) {
        if (upstream != null && upstream.isActive()) upstream.writeAndFlush(Unpooled.wrappedBuffer(PacketEncoder.encode(p, version)));
    }

    private void closeBoth() {
        client.flush();
        client.close();
        if (upstream != null) {
            upstream.flush();
            upstream.close();
        }
    }

    String name() {
        return clientId != null && !clientId.isEmpty() ? clientId : address;
    }

    private static byte[] bytes(ByteBuf frame) {
        byte[] copy = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), copy);
        return copy;
    }

    private TapEvent event(Direction d, Packet packet, ByteBuf frame) {
        byte[] copy = bytes(frame);
        return new TapEvent(relay.tap().nextSeq(), relay.clock().instant(), d, clientId, address, version, packet, copy, aliasTopic(d, packet));
    }

    /** What a v5 Topic Alias stands for on this leg (3.3.2.3.4): remembered when a PUBLISH sets it. */
    private String aliasTopic(Direction d, Packet packet) {
        if (!(packet instanceof Publish p) || !version.isV5()) return null;
        var alias = p.properties().number(PropertyId.TOPIC_ALIAS);
        if (alias.isEmpty()) return null;
        Map<Integer, String> table = d == Direction.IN ? aliasesIn : aliasesOut;
        if (!p.topic().isEmpty()) {
            table.put((int) alias.getAsLong(), p.topic());
            return p.topic();
        }
        return table.get((int) alias.getAsLong());
    }
}
