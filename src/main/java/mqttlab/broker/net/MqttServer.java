package mqttlab.broker.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import mqttlab.broker.config.Listener;

/** Opens one listener: plain MQTT over TCP, or MQTT over WebSocket for browsers. */
public final class MqttServer {
    private MqttServer() { }

    public static Channel bind(EventLoopGroup boss, EventLoopGroup worker, Listener listener, LongSupplier maxFrame,
                               Supplier<ChannelAdapter> adapters) throws InterruptedException {
        return bind(boss, worker, listener, maxFrame, adapters, HttpPages.NONE);
    }

    /**
     * As above; a websockets listener answers plain HTTP GETs from {@code pages} (mosquitto's http_dir).
     * {@code maxFrame} is asked for each new connection, so a reloaded max_packet_size applies to the
     * connections accepted after the reload; a connection keeps the limit it started with (the one its
     * v5 CONNACK announced).
     */
    public static Channel bind(EventLoopGroup boss, EventLoopGroup worker, Listener listener, LongSupplier maxFrame,
                               Supplier<ChannelAdapter> adapters, HttpPages pages) throws InterruptedException {
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, worker)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        long limit = maxFrame.getAsLong();
                        if (listener.protocol() == Listener.Protocol.WEBSOCKETS) {
                            p.addLast(new HttpServerCodec());
                            p.addLast(new HttpObjectAggregator(65536));
                            p.addLast(new HttpPageHandler(pages));
                            p.addLast(new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                    .websocketPath("/").checkStartsWith(true).subprotocols("mqtt,mqttv3.1")
                                    .maxFramePayloadLength((int) Math.min(Integer.MAX_VALUE, limit)).build()));
                            p.addLast(new WebSocketFrames());
                        }
                        p.addLast(new FrameDecoder(limit));
                        p.addLast(adapters.get());
                    }
                });
        InetSocketAddress at = listener.bindAddress() == null ? new InetSocketAddress(listener.port())
                : new InetSocketAddress(listener.bindAddress(), listener.port());
        return b.bind(at).sync().channel();
    }
}
