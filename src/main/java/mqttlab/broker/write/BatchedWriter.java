package mqttlab.broker.write;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;

/**
 * Writes one channel's packets in batches: the packets sent between two flushes are encoded into one
 * pooled buffer, handed to the channel once and flushed once by the {@link FlushScheduler}, instead
 * of one buffer, one outbound entry and one syscall per packet (fan-out multiplies them). The broker's
 * connections and bench's load clients write through it. Event loop thread only.
 */
public final class BatchedWriter {
    private static final int BATCH_BYTES = 8 * 1024;

    private final Channel channel;
    private final FlushScheduler flusher;
    private final Runnable flush = this::flush;
    /** Packets written since the last flush, not yet handed to the channel; null when there are none. */
    private ByteBuf batch;
    private boolean flushPending;

    public BatchedWriter(Channel channel, FlushScheduler flusher) {
        this.channel = channel;
        this.flusher = flusher;
    }

    /** Encodes {@code packet} into the batch. */
    public void write(Packet packet, MqttVersion version) {
        write(packet, version, PacketEncoder.encodedLength(packet, version), null);
    }

    /**
     * Adds {@code packet}, {@code length} bytes in {@code version}, to the batch: {@code encoded} when
     * those bytes are already made (a fan-out encodes a message once for all its subscribers), else
     * encoded here.
     */
    public void write(Packet packet, MqttVersion version, int length, byte[] encoded) {
        ByteBuf buf = batch;
        if (buf == null || buf.writableBytes() < length) {
            handOver();
            buf = batch = channel.alloc().directBuffer(Math.max(length, BATCH_BYTES));
        }
        int at = buf.writerIndex();
        if (encoded != null) buf.writeBytes(encoded);
        else PacketEncoder.encode(packet, version, buf.internalNioBuffer(at, length));
        buf.writerIndex(at + length);
        if (!flushPending) {
            flushPending = true;
            flusher.later(flush);
        }
    }

    /** The last {@code length} bytes written, as a view (for the tap); valid until the next write. */
    public ByteBuf last(int length) {
        return batch.slice(batch.writerIndex() - length, length);
    }

    /** Hands the batch to the channel (written out at the next flush): what was written so far goes before what follows. */
    public void handOver() {
        ByteBuf buf = batch;
        if (buf == null) return;
        batch = null;
        if (buf.isReadable()) channel.write(buf, channel.voidPromise());
        else buf.release();
    }

    /** Hands the batch over and flushes the channel now. */
    public void flush() {
        flushPending = false;
        handOver();
        channel.flush();
    }

    /** Bytes in the batch, not yet handed to the channel. */
    public int batched() {
        return batch == null ? 0 : batch.readableBytes();
    }
}
