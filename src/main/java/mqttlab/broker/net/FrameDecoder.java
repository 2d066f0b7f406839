package mqttlab.broker.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import mqttlab.protocol.codec.DataTypes;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.MalformedPacketException;

/**
 * Cuts the byte stream into whole MQTT packets (frames), reading only the fixed header until the
 * whole packet is there. A packet announced larger than the limit is refused from its header,
 * before its body is buffered; the connection handler is told and decides how to close.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    /** Tells the connection a frame was refused before decoding; {@code limit} is this connection's maximum. */
    public record Refused(MalformedPacketException reason, boolean oversize, long announcedLength, long limit) { }

    private final long maxPacketSize;
    private boolean failed;

    public FrameDecoder(long maxPacketSize) {
        this.maxPacketSize = maxPacketSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        long frameLength = frameLength(in);
        if (frameLength == NEED_MORE) return;
        if (frameLength == MALFORMED) {
            try {
                FrameHeader.peek(in.nioBuffer(in.readerIndex(), Math.min(in.readableBytes(), 5))); // throws, naming the rule
                throw new IllegalStateException("FrameHeader.peek accepted a header FrameDecoder refused");
            } catch (MalformedPacketException e) {
                fail(in, out, new Refused(e, false, 0, maxPacketSize));
            }
            return;
        }
        if (frameLength > maxPacketSize) {
            fail(in, out, new Refused(null, true, frameLength, maxPacketSize));
            return;
        }
        if (in.readableBytes() < frameLength) return;
        out.add(in.readRetainedSlice((int) frameLength));
    }

    private static final long NEED_MORE = -1;
    private static final long MALFORMED = -2;

    /**
     * The whole frame's length from its fixed header (as {@link FrameHeader#peek}, read straight
     * from the ByteBuf: this runs for every packet), NEED_MORE, or MALFORMED for a fifth length byte.
     */
    static long frameLength(ByteBuf in) {
        int p = in.readerIndex();
        int avail = in.readableBytes();
        if (avail < 2) return NEED_MORE;
        long length = DataTypes.readVbi(in::getUnsignedByte, p + 1, p + avail);
        if (length == DataTypes.VBI_INCOMPLETE) return NEED_MORE;
        if (length == DataTypes.VBI_TOO_LONG) return MALFORMED;
        return 1L + DataTypes.vbiLength(length) + DataTypes.vbiValue(length);
    }

    private void fail(ByteBuf in, List<Object> out, Refused refused) {
        failed = true;
        in.skipBytes(in.readableBytes());
        out.add(refused);
    }
}
