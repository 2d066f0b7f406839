package mqttlab.broker.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Answers plain HTTP GETs on a websockets listener from {@link HttpPages}; a WebSocket upgrade goes on
 * to the WebSocket handshake and becomes an MQTT connection. Each page is sent with
 * {@code Connection: close}, so a page fetch is a short connection the broker forgets at once.
 * The security headers keep whatever a page shows inert: no inline scripts, nothing from elsewhere.
 */
public final class HttpPageHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** Scripts and styles only from the page's own server; MQTT over WebSocket back to it. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpPages pages;

    public HttpPageHandler(HttpPages pages) {
        super(false);
        this.pages = pages;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (req.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            ctx.fireChannelRead(req); // the WebSocket handshake takes it from here
            return;
        }
        try {
            FullHttpResponse res = answer(req, loopback(ctx));
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        } finally {
            req.release();
        }
    }

    private FullHttpResponse answer(FullHttpRequest req, boolean loopback) {
        boolean head = req.method().equals(HttpMethod.HEAD);
        if (!head && !req.method().equals(HttpMethod.GET)) return status(HttpResponseStatus.METHOD_NOT_ALLOWED);
        String path = new QueryStringDecoder(req.uri()).path();
        HttpPages.Page page;
        try {
            page = pages.get(path, loopback);
        } catch (RuntimeException e) {
            return status(HttpResponseStatus.INTERNAL_SERVER_ERROR);
        }
        if (page == null) return status(HttpResponseStatus.NOT_FOUND);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(page.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, page.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, page.body().length);
        headers(res);
        return res;
    }

    private static FullHttpResponse status(HttpResponseStatus s) {
        byte[] body = (s.code() + " " + s.reasonPhrase() + "\n").getBytes(StandardCharsets.UTF_8);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, s, Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers(res);
        return res;
    }

    private static void headers(FullHttpResponse res) {
        res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        res.headers().set("X-Content-Type-Options", "nosniff");
        res.headers().set("Content-Security-Policy", CSP);
        res.headers().set("Referrer-Policy", "no-referrer");
    }

    private static boolean loopback(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null && a.getAddress().isLoopbackAddress();
    }
}
