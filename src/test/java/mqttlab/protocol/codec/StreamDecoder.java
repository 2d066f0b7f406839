package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;

/**
 * Decodes a byte stream packet by packet: {@link #feed} bytes as they arrive, then call
 * {@link #next} until it answers {@link NeedMore}. The version is the one of the last CONNECT
 * in the stream, else the default given (3.1.1 unless asked). A malformed packet throws
 * {@link MalformedPacketException} (offset within that packet; {@link #packetOffset()} says
 * where it started) and the stream cannot go on: the connection must close [MQTT-4.8.0-1].
 */
public final class StreamDecoder {
    /** What {@link #next} found: a packet, or how many more bytes are needed at least. */
    public sealed interface Step permits Decoded, NeedMore {}

    /** A packet that started at {@code offset} in the stream and took {@code length} bytes. */
    public record Decoded(Packet packet, long offset, int length) implements Step {}

    public record NeedMore(int bytes) implements Step {}

    private byte[] data = new byte[256];
    private int read, write;
    private long consumed;
    private MqttVersion version;
    private boolean failed;

    public StreamDecoder() { this(MqttVersion.V3_1_1); }

    public StreamDecoder(MqttVersion defaultVersion) {
        this.version = Objects.requireNonNull(defaultVersion, "defaultVersion");
    }

    public void feed(byte[] bytes) { feed(bytes, 0, bytes.length); }

    public void feed(byte[] bytes, int off, int len) {
        ensure(len);
        System.arraycopy(bytes, off, data, write, len);
        write += len;
    }

    public void feed(ByteBuffer src) {
        int len = src.remaining();
        ensure(len);
        src.get(data, write, len);
        write += len;
    }

    public Step next() { return next(null); }

    /** As {@link #next()}, appending the decoded packet's annotations to {@code notes} when not null. */
    public Step next(List<Annotation> notes) {
        if (failed) throw new IllegalStateException("the stream had a malformed packet; it cannot be decoded further");
        int avail = write - read;
        FrameHeader h;
        try {
            h = FrameHeader.peek(ByteBuffer.wrap(data, read, avail));
        } catch (MalformedPacketException e) {
            failed = true;
            throw e;
        }
        if (h == null) return new NeedMore(avail < 2 ? 2 - avail : 1);
        if (avail < h.frameLength()) return new NeedMore(h.frameLength() - avail);
        Packet p;
        try {
            p = PacketDecoder.decode(ByteBuffer.wrap(data, read, h.frameLength()).slice(), version, notes);
        } catch (MalformedPacketException e) {
            failed = true;
            throw e;
        }
        if (p instanceof Connect c) version = c.version();
        Decoded d = new Decoded(p, consumed, h.frameLength());
        read += h.frameLength();
        consumed += h.frameLength();
        if (read == write) read = write = 0;
        return d;
    }

    /** The version used for packets other than CONNECT. */
    public MqttVersion version() { return version; }

    public void version(MqttVersion v) { this.version = Objects.requireNonNull(v); }

    /** Stream offset of the packet {@link #next} is at (where a malformed one started). */
    public long packetOffset() { return consumed; }

    /** Bytes fed but not yet decoded. */
    public int buffered() { return write - read; }

    private void ensure(int len) {
        if (write + len <= data.length) return;
        if (read > 0) {
            System.arraycopy(data, read, data, 0, write - read);
            write -= read;
            read = 0;
        }
        if (write + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, write + len));
    }
}
