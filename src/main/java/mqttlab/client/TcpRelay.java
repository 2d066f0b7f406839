package mqttlab.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * A one-connection TCP relay on 127.0.0.1 between a hivemq-mqtt-client and the broker.
 *
 * <p>Why: hivemq-mqtt-client has no public way to drop a connection without sending DISCONNECT,
 * yet `kill NAME` must look to the broker like a cut cable so the will fires, and the client
 * library hides packet ids and raw packets that `-F %m` and `-d` print. Running each connection
 * through a relay we own gives both without reflection into the library: {@link #cut()} resets
 * the broker-side socket (SO_LINGER 0 → RST, no DISCONNECT), and a {@link WireSniffer} on each
 * direction sees every frame. The broker connection is opened first, in {@link #open}, so a
 * refused or unknown host fails there with the real network error, as mosquitto_sub reports it.
 */
public final class TcpRelay implements AutoCloseable {
    private final Socket upstream;
    private final ServerSocket listener;
    private volatile Socket downstream;
    private volatile boolean closed;

    private TcpRelay(Socket upstream, ServerSocket listener) {
        this.upstream = upstream;
        this.listener = listener;
    }

    /** Connects to the broker now; the client then connects to {@link #localPort()}. */
    public static TcpRelay open(String host, int port, Consumer<WireFrame> frames) throws IOException {
        Socket up = new Socket();
        up.setTcpNoDelay(true);
        up.connect(new InetSocketAddress(host, port), 10_000);
        ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TcpRelay relay = new TcpRelay(up, ss);
        Thread t = new Thread(() -> relay.acceptAndPump(frames), "relay-accept-" + port);
        t.setDaemon(true);
        t.start();
        return relay;
    }

    public int localPort() { return listener.getLocalPort(); }

    public boolean isClosed() { return closed; }

    private void acceptAndPump(Consumer<WireFrame> frames) {
        try (ServerSocket ss = listener) {
            Socket down = ss.accept();
            down.setTcpNoDelay(true);
            downstream = down;
            pump(down.getInputStream(), upstream.getOutputStream(), new WireSniffer(true, frames), "relay-up");
            pump(upstream.getInputStream(), down.getOutputStream(), new WireSniffer(false, frames), "relay-down");
        } catch (IOException e) {
            close();
        }
    }

    private void pump(InputStream in, OutputStream out, WireSniffer sniffer, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    sniffer.feed(buf, n); // before forwarding: what the client sees was sniffed first
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side went away; close both
            }
            close();
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** Drops the connection abruptly: a TCP reset towards the broker, no DISCONNECT. */
    public void cut() {
        try {
            upstream.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed
        }
        close();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(upstream);
        Socket d = downstream;
        if (d != null) closeQuietly(d);
        try {
            listener.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
