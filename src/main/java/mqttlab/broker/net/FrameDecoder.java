package mqttlab.broker.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.MalformedPacketException;

/**
 * Cuts the byte stream into whole MQTT packets (frames), reading only the fixed header until the
 * whole packet is there. A packet announced larger than the limit is refused from its header,
 * before its body is buffered; the connection handler is told and decides how to close.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    /** Tells the connection a frame was refused before decoding. */
    public record Refused(MalformedPacketException reason, boolean oversize, long announcedLength) { }

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
        FrameHeader header;
        try {
            header = FrameHeader.peek(in.nioBuffer(in.readerIndex(), Math.min(in.readableBytes(), 5)));
        } catch (MalformedPacketException e) {
            fail(in, out, new Refused(e, false, 0));
            return;
        }
        if (header == null) return;
        if (header.frameLength() > maxPacketSize) {
            fail(in, out, new Refused(null, true, header.frameLength()));
            return;
        }
        if (in.readableBytes() < header.frameLength()) return;
        out.add(in.readRetainedSlice(header.frameLength()));
    }

    private void fail(ByteBuf in, List<Object> out, Refused refused) {
        failed = true;
        in.skipBytes(in.readableBytes());
        out.add(refused);
    }
}
