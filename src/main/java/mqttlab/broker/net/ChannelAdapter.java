package mqttlab.broker.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connect.DisconnectHandler;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.connection.IdleSweep;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.tap.Direction;
import java.nio.ByteBuffer;
import mqttlab.protocol.codec.ConnectPeek;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PacketType;

/** The thin Netty adapter: channel events and whole frames in, {@link Connection} and the dispatcher do the rest. */
public final class ChannelAdapter extends ChannelInboundHandlerAdapter {
    private final Connection.Shared shared;
    private final Supplier<BrokerConfig> config;
    private final IdleSweep idle;
    private final PacketDispatcher dispatcher;
    private final DisconnectHandler lifecycle;
    private final ListenerAccess access;
    private Connection connection;
    private boolean ended;

    public ChannelAdapter(Connection.Shared shared, Supplier<BrokerConfig> config, IdleSweep idle, PacketDispatcher dispatcher,
                          DisconnectHandler lifecycle, ListenerAccess access) {
        this.shared = shared;
        this.config = config;
        this.idle = idle;
        this.dispatcher = dispatcher;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    @Override
    public void channelActive(ChannelHandlerContext nctx) {
        InetSocketAddress remote = (InetSocketAddress) nctx.channel().remoteAddress();
        InetSocketAddress local = (InetSocketAddress) nctx.channel().localAddress();
        String host = remote == null ? "?" : io.netty.util.NetUtil.toAddressString(remote.getAddress()); // ::1, as mosquitto writes it
        connection = new Connection(shared, nctx.channel(), host, remote == null ? 0 : remote.getPort(),
                local == null ? 0 : local.getPort(), access);
        shared.counters().connections++;
        connection.watchIdle(idle);
        if (config.get().connectionMessages()) {
            shared.log().log(LogLevel.NOTICE, "New connection from " + connection.address() + " on port " + connection.localPort() + ".");
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext nctx, Object msg) {
        if (ended) { // lingering after the broker's DISCONNECT: what the client still sends is dropped
            io.netty.util.ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof FrameDecoder.Refused r) {
            if (r.oversize()) dispatcher.oversize(connection, r.announcedLength(), r.limit());
            else dispatcher.malformed(connection, r.reason());
            return;
        }
        ByteBuf frame = (ByteBuf) msg;
        connection.heard();
        try {
            shared.counters().messagesReceived++;
            shared.counters().bytesReceived += frame.readableBytes();
            String serverOnly = PacketDispatcher.serverOnly(PacketType.of(frame.getUnsignedByte(frame.readerIndex()) >>> 4));
            if (serverOnly != null && connection.state() == Connection.State.CONNECTED) { // checked before the body is decoded
                dispatcher.protocolError(connection, serverOnly);
                return;
            }
            Packet packet;
            ByteBuffer bytes = null;
            try {
                // internalNioBuffer: a view the buffer keeps for reuse, not a new object per packet;
                // the decoder copies what it keeps and leaves position and limit alone
                bytes = frame.nioBufferCount() == 1 ? frame.internalNioBuffer(frame.readerIndex(), frame.readableBytes()) : frame.nioBuffer();
                packet = PacketDecoder.decode(bytes, connection.version());
            } catch (MalformedPacketException e) {
                dispatcher.malformed(connection, e, bytes == null ? null : ConnectPeek.version(bytes));
                return;
            }
            if (shared.tap().active()) shared.tap().publish(connection.tapEvent(Direction.IN, packet, frame));
            if (shared.faults().swallows(connection.clientId(), packet, Direction.IN)) {
                shared.log().log(LogLevel.NOTICE, "Fault: " + packet.type() + " from " + connection.name() + " answers the duplicate; it goes no further.");
                return;
            }
            Fault fault = shared.faults().take(connection.clientId(), packet.type(), Direction.IN);
            if (fault == null) {
                dispatcher.dispatch(connection, packet);
                return;
            }
            switch (fault.kind()) {
                case DROP -> shared.log().log(LogLevel.NOTICE, "Fault: dropped " + packet.type() + " from " + connection.name() + ".");
                // real time, not the broker clock: the fault plays a slow network, no rule of the protocol
                case DELAY -> nctx.channel().eventLoop().schedule(() -> dispatcher.dispatch(connection, packet), fault.delay().toMillis(), TimeUnit.MILLISECONDS);
                case DUPLICATE -> {
                    // the copy arrives as if the client had sent it again, right behind the first
                    Packet copy = Fault.repeated(packet);
                    shared.faults().swallowAnswerTo(connection.clientId(), copy, Direction.IN);
                    dispatcher.dispatch(connection, packet);
                    shared.log().log(LogLevel.NOTICE, "Fault: duplicated " + packet.type() + " from " + connection.name() + ".");
                    shared.counters().messagesReceived++;
                    if (shared.tap().active()) shared.tap().publish(connection.tapEvent(Direction.IN, copy,
                            Unpooled.wrappedBuffer(PacketEncoder.encode(copy, connection.version()))));
                    dispatcher.dispatch(connection, copy);
                }
                case CUT -> {
                    dispatcher.dispatch(connection, packet);
                    connection.close();
                }
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext nctx) {
        end();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext nctx, Object evt) throws Exception {
        if (evt == Connection.ENDED_LINGERING) end();
        else super.userEventTriggered(nctx, evt);
    }

    /** The connection is over for the broker: at channel close, or earlier when it lingers after a DISCONNECT. */
    private void end() {
        if (ended) return;
        ended = true;
        shared.counters().connections--;
        if (connection != null) {
            connection.unwatchIdle(idle);
            lifecycle.closed(connection);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext nctx) {
        if (connection != null && connection.isAccepted() && nctx.channel().isWritable()) dispatcher.writable(connection);
        nctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext nctx, Throwable cause) {
        // Connection reset and the like: the peer is gone. Anything else is our bug; never let it stop the broker.
        if (!(cause instanceof java.io.IOException)) {
            shared.log().log(LogLevel.ERROR, "Error on connection from " + (connection == null ? "?" : connection.name()) + ": " + cause);
        }
        nctx.close();
    }
}
