package mqttlab.web;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.net.HttpPageHandler;
import mqttlab.broker.net.HttpPages;

/**
 * {@code mqttlab web --broker URL}: the projector page on its own, for a broker the lab does not run.
 * The same pages as the lab's websockets listener serves ({@link HttpPageHandler}), and each page's
 * WebSocket carried to the broker over TCP ({@link UpstreamPipe}), so any MQTT broker will do.
 */
public final class PageServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel listener;

    private PageServer(EventLoopGroup group, Channel listener) {
        this.group = group;
        this.listener = listener;
    }

    /** Listens on {@code bind:port} (0: any free port) for pages; their MQTT goes to {@code host:port} of the broker. */
    public static PageServer start(String bind, int port, String brokerHost, int brokerPort, HttpPages pages) throws InterruptedException {
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("mqttlab-web", true));
        try {
            Channel ch = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            c.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536), new HttpPageHandler(pages),
                                    new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                            .websocketPath("/").checkStartsWith(true).subprotocols("mqtt,mqttv3.1")
                                            .maxFramePayloadLength(16 * 1024 * 1024).build()),
                                    new UpstreamPipe(brokerHost, brokerPort));
                        }
                    })
                    .bind(new InetSocketAddress(bind, port)).sync().channel();
            return new PageServer(group, ch);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public InetSocketAddress address() { return (InetSocketAddress) listener.localAddress(); }

    /** {@code http://127.0.0.1:9001/} */
    public String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + a.getPort() + "/";
    }

    /** Waits until the server is closed (Ctrl-C ends the process). */
    public void await() throws InterruptedException { listener.closeFuture().sync(); }

    @Override
    public void close() {
        listener.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }
}
