package mqttlab.exercises.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;

/**
 * A recording TCP proxy in front of a broker: every whole frame each way is decoded and handed to
 * the listeners as a {@link TapEvent} before it is forwarded, so the events' order is the wire's.
 * Plays the lab broker's packet tap in tests; {@link #cut} drops a client without a DISCONNECT.
 */
public final class TapProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final List<Consumer<TapEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Conn> conns = new CopyOnWriteArrayList<>();
    private long seq;

    public TapProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "tap-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public AutoCloseable listen(Consumer<TapEvent> l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    public boolean cut(String clientId) {
        boolean any = false;
        for (Conn c : conns) {
            if (clientId.equals(c.clientId)) {
                c.close();
                any = true;
            }
        }
        return any;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                up.setTcpNoDelay(true);
                Conn c = new Conn(client, up);
                conns.add(c);
                c.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private synchronized void emit(Direction d, Conn c, Packet p, byte[] bytes) {
        TapEvent e = new TapEvent(++seq, Instant.now(), d, c.clientId, c.remote, MqttVersion.V3_1_1, p, bytes);
        for (Consumer<TapEvent> l : listeners) l.accept(e);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Conn c : conns) c.close();
    }

    private final class Conn {
        final Socket client;
        final Socket up;
        final String remote;
        volatile String clientId;

        Conn(Socket client, Socket up) {
            this.client = client;
            this.up = up;
            this.remote = client.getInetAddress().getHostAddress() + ":" + client.getPort();
        }

        void start() {
            pump(client, up, Direction.IN);
            pump(up, client, Direction.OUT);
        }

        void pump(Socket from, Socket to, Direction d) {
            Thread t = new Thread(() -> {
                try {
                    InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream();
                    while (true) {
                        byte[] frame = readFrame(in);
                        int header = frame.length - bodyLength(frame);
                        byte[] body = java.util.Arrays.copyOfRange(frame, header, frame.length);
                        Packet p = MiniDecoder.decode(frame[0] & 0xFF, body);
                        if (p instanceof Connect connect) clientId = connect.clientId();
                        emit(d, this, p, frame);
                        out.write(frame);
                        out.flush();
                    }
                } catch (IOException | RuntimeException e) {
                    close();
                }
            }, "tap-proxy-" + d);
            t.setDaemon(true);
            t.start();
        }

        void close() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                up.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            conns.remove(this);
        }
    }

    private static int bodyLength(byte[] frame) {
        int value = 0;
        int mul = 1;
        for (int i = 1; ; i++) {
            value += (frame[i] & 0x7F) * mul;
            if ((frame[i] & 0x80) == 0) return value;
            mul *= 128;
        }
    }

    private static byte[] readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int first = in.read();
        if (first < 0) throw new EOFException();
        b.write(first);
        int len = 0;
        int mul = 1;
        int d;
        do {
            d = in.read();
            if (d < 0) throw new EOFException();
            b.write(d);
            len += (d & 0x7F) * mul;
            mul *= 128;
        } while ((d & 0x80) != 0);
        b.write(in.readNBytes(len));
        if (b.size() < len + 2) throw new EOFException();
        return b.toByteArray();
    }
}
