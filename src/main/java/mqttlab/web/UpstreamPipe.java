package mqttlab.web;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;

/**
 * One page's MQTT-over-WebSocket connection carried to a broker that speaks only TCP: once the
 * WebSocket handshake is done, a TCP connection to the broker opens and the bytes flow both ways
 * unchanged (MQTT 5.0 section 6: a WebSocket binary frame carries MQTT bytes, no more). Either side
 * closing closes the other, so the page sees the broker go away and reconnects.
 */
final class UpstreamPipe extends ChannelInboundHandlerAdapter {
    private final String host;
    private final int port;
    private final ArrayDeque<ByteBuf> early = new ArrayDeque<>();
    private Channel upstream;

    UpstreamPipe(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (!(evt instanceof WebSocketServerProtocolHandler.HandshakeComplete)) {
            ctx.fireUserEventTriggered(evt);
            return;
        }
        Channel page = ctx.channel();
        new Bootstrap().group(page.eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .handler(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext u, Object msg) {
                        page.writeAndFlush(new BinaryWebSocketFrame((ByteBuf) msg));
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext u) {
                        page.close();
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext u, Throwable cause) {
                        u.close();
                    }
                })
                .connect(host, port).addListener((ChannelFutureListener) f -> {
                    if (!f.isSuccess()) {
                        page.close(); // the page's banner says the lab is not reachable, and it tries again
                        return;
                    }
                    upstream = f.channel();
                    while (!early.isEmpty()) upstream.write(early.poll());
                    upstream.flush();
                });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof BinaryWebSocketFrame frame)) {
            ReferenceCountUtil.release(msg); // text frames are not MQTT [MQTT-6.0.0-1]: dropped
            return;
        }
        ByteBuf bytes = frame.content().retain();
        frame.release();
        if (upstream == null) early.add(bytes);
        else upstream.writeAndFlush(bytes);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        early.forEach(ByteBuf::release);
        early.clear();
        if (upstream != null) upstream.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
