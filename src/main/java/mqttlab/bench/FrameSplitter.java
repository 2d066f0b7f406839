package mqttlab.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import mqttlab.protocol.codec.DataTypes;
import mqttlab.protocol.codec.FrameHeader;

/** Cuts the bytes from the broker into whole MQTT packets (the remaining length read by {@link DataTypes#readVbi}). */
final class FrameSplitter extends ByteToMessageDecoder {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= 2) {
            int length = frameLength(in);
            if (length < 0 || in.readableBytes() < length) return;
            out.add(in.readRetainedSlice(length));
        }
    }

    /** The frame's length from its fixed header, -1 when more bytes are needed. Read from the ByteBuf: this runs per packet. */
    private static int frameLength(ByteBuf in) {
        int p = in.readerIndex();
        int avail = in.readableBytes();
        long length = DataTypes.readVbi(in::getUnsignedByte, p + 1, p + avail);
        if (length == DataTypes.VBI_INCOMPLETE) return -1;
        if (length != DataTypes.VBI_TOO_LONG) return 1 + DataTypes.vbiLength(length) + DataTypes.vbiValue(length);
        // a fifth length byte: let the project's header reader name the rule it breaks [MQTT-1.5.5-1]
        FrameHeader.peek(in.nioBuffer(p, 5));
        return -1;
    }
}
