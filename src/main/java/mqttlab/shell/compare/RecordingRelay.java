package mqttlab.shell.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay on 127.0.0.1 that records every byte each way: put between an HTTP client and a server,
 * it shows exactly what went over the wire. Relays each connection it accepts until closed.
 */
final class RecordingRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    RecordingRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "compare-relay");
        t.setDaemon(true);
        t.start();
    }

    int port() { return listener.getLocalPort(); }

    /** Client to server, so far. */
    byte[] sent() { synchronized (sent) { return sent.toByteArray(); } }

    /** Server to client, so far. */
    byte[] received() { synchronized (received) { return received.toByteArray(); } }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                Socket down = listener.accept();
                Socket up = new Socket();
                up.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
                pump(down.getInputStream(), up.getOutputStream(), sent, up);
                pump(up.getInputStream(), down.getOutputStream(), received, down);
            }
        } catch (IOException e) {
            // closed: no more connections
        }
    }

    private static void pump(InputStream in, OutputStream out, ByteArrayOutputStream record, Socket closeAfter) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (closeAfter) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (record) { record.write(buf, 0, n); }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side went away
            }
        }, "compare-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException { listener.close(); }
}
