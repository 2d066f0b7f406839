package mqttlab.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import mqttlab.protocol.codec.FrameHeader;

/** Cuts the bytes from the broker into whole MQTT packets with the project's {@link FrameHeader}. */
final class FrameSplitter extends ByteToMessageDecoder {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (true) {
            FrameHeader h = FrameHeader.peek(in.nioBuffer(in.readerIndex(), Math.min(in.readableBytes(), 5)));
            if (h == null || in.readableBytes() < h.frameLength()) return;
            out.add(in.readRetainedSlice(h.frameLength()));
        }
    }
}
