package mqttlab.bench;

import static mqttlab.text.Text.t;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import mqttlab.broker.write.BatchedWriter;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.property.PropertyId;

/**
 * One load-generating MQTT connection: Netty, the project's own codec, nothing else.
 *
 * Why not hivemq-mqtt-client, which the lab uses for its own client connections? A load
 * generator is a measuring instrument: its cost per message must be small and known, or it
 * measures itself instead of the broker. A full client library adds per-message futures,
 * reactive plumbing, its own threads and its own flow control between our code and the socket;
 * here a PUBLISH is one encode into a pooled buffer, and writes are flushed once per event-loop
 * batch. All clients of a run share one event loop, so the bookkeeping needs no locks.
 */
abstract class LoadClient extends ChannelInboundHandlerAdapter {
    final String clientId;
    final MqttVersion version;
    final int keepAlive;
    private final FlushScheduler flusher;
    /** Completes with the CONNACK, or fails with a message for people. */
    final CompletableFuture<Void> connected = new CompletableFuture<>();
    Channel channel;
    /** The broker's Receive Maximum from its v5 CONNACK: how many QoS 1/2 PUBLISHes it takes unacknowledged. */
    int receiveMaximum = 65535;
    boolean closed;
    /** Set when the generator itself ends the connection. */
    boolean closing;
    /** One pooled buffer per batch rather than one per packet, flushed once per event-loop batch (as the broker writes). */
    private BatchedWriter writer;

    LoadClient(String clientId, MqttVersion version, int keepAlive, FlushScheduler flusher) {
        this.clientId = clientId;
        this.version = version;
        this.keepAlive = keepAlive;
        this.flusher = flusher;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        writer = new BatchedWriter(channel, flusher);
        write(new Connect(version, clientId, true, keepAlive));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        Packet p;
        try {
            p = PacketDecoder.decode(frame.internalNioBuffer(frame.readerIndex(), frame.readableBytes()), version);
        } catch (MalformedPacketException e) {
            failed(t("bench.malformed", clientId, e.getMessage()));
            channel.close();
            return;
        } finally {
            frame.release();
        }
        if (p instanceof ConnAck ack) {
            if (ack.reasonCode() != 0) {
                failed(t("bench.refused", clientId, ack.reasonCode()));
                channel.close();
            } else {
                receiveMaximum = (int) ack.properties().number(PropertyId.RECEIVE_MAXIMUM).orElse(65535);
                connected.complete(null);
                onConnected();
            }
            return;
        }
        onPacket(p);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        if (!closing) failed(t("bench.closed", clientId));
        onClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        failed(clientId + ": " + (cause instanceof IOException ? cause.getMessage() : cause.toString()));
        ctx.close();
    }

    /** The first thing that went wrong on this connection, or null. */
    String error;

    void failed(String why) {
        if (error == null) error = why;
        connected.completeExceptionally(new BenchException(why));
    }

    /** Encodes one packet into this batch's buffer; the buffer is written and flushed once per event-loop batch. */
    final void write(Packet p) {
        writer.write(p, version);
    }

    final void flushNow() {
        writer.flush();
    }

    void onConnected() { }

    void onPacket(Packet p) { }

    void onClosed() { }
}
