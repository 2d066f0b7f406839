package mqttlab.bench;

import static mqttlab.text.Text.t;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.packet.Disconnect;

/**
 * The run's connections on one Netty event loop (one thread: no locks in the bookkeeping, and the
 * generator takes one core, the broker the rest). {@link #call} runs a task there and waits.
 */
final class ClientGroup implements AutoCloseable {
    private final NioEventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("mqttlab-bench", true));
    final EventLoop loop = group.next();
    final FlushScheduler flusher = new FlushScheduler(loop);
    private final String host;
    private final int port;
    private final List<LoadClient> clients = new ArrayList<>();

    ClientGroup(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Starts connecting; the client sends CONNECT once the socket is open. */
    ChannelFuture connect(LoadClient client) {
        synchronized (clients) {
            clients.add(client);
        }
        ChannelFuture f = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new FrameSplitter(), client);
                    }
                })
                .connect(host, port);
        f.addListener(done -> {
            if (!done.isSuccess()) client.failed(t("bench.cannot.connect", host + ":" + port, reason(done.cause())));
        });
        return f;
    }

    static String reason(Throwable t) {
        if (t instanceof java.net.ConnectException) return t("bench.connection.refused"); // nobody listens there: the most common case, in the reader's words
        String m = t.getMessage();
        if (m == null) return t.getClass().getSimpleName();
        int colon = m.indexOf(": /"); // Netty appends the address, which the caller already says
        return colon > 0 ? m.substring(0, colon) : m;
    }

    <T> T call(Callable<T> task) {
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(t("bench.loop.stuck", e), e);
        }
    }

    /** Sends DISCONNECT on every open connection, closes them all and stops the loop. */
    @Override
    public void close() {
        List<LoadClient> all;
        synchronized (clients) {
            all = new ArrayList<>(clients);
        }
        try {
            call(() -> {
                for (LoadClient c : all) {
                    if (c.channel != null && c.channel.isActive() && c.connected.isDone() && !c.connected.isCompletedExceptionally()) {
                        c.closing = true;
                        c.write(new Disconnect());
                        c.flushNow();
                        c.channel.close();
                    } else if (c.channel != null) {
                        c.channel.close();
                    }
                }
                return null;
            });
        } catch (IllegalStateException ignored) {
            // the loop is gone already
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
