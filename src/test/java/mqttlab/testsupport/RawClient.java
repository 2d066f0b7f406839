package mqttlab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.*;

/**
 * A byte-level MQTT client for broker tests: sends exactly the packets a test builds (or raw
 * bytes) and reads back whole packets, so a test can check every flag the broker writes.
 */
public final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final MqttVersion version;
    private byte[] buffer = new byte[65536];
    private int start;
    private int end;

    public RawClient(int port, MqttVersion version) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        this.socket.setSoTimeout(3000);
        this.socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.version = version;
    }

    /** Connects and expects CONNACK; returns it. */
    public static RawClient connect(int port, MqttVersion v, String clientId, boolean clean) throws IOException {
        RawClient c = new RawClient(port, v);
        ConnAck ack = (ConnAck) c.sendAndReceive(new Connect(v, clientId, clean, 60));
        if (ack.reasonCode() != 0) throw new IOException("CONNACK refused: " + ack.reasonCode());
        return c;
    }

    public Packet sendAndReceive(Packet p) throws IOException {
        send(p);
        return receive();
    }

    public void send(Packet p) throws IOException {
        out.write(PacketEncoder.encode(p, version));
        out.flush();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Bytes that have arrived and are not read yet: a test sees the broker has answered without reading the answer. */
    public int available() throws IOException {
        return in.available();
    }

    /** The next packet, waiting up to the socket timeout; throws SocketTimeoutException when none comes. */
    public Packet receive() throws IOException {
        while (true) {
            if (end > start) {
                FrameHeader h = FrameHeader.peek(ByteBuffer.wrap(buffer, start, end - start).slice());
                if (h != null && end - start >= h.frameLength()) {
                    Packet p = PacketDecoder.decode(ByteBuffer.wrap(buffer, start, h.frameLength()).slice(), version);
                    start += h.frameLength();
                    return p;
                }
            }
            if (start > 0) { // compact, then make room
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) throw new IOException("connection closed by the broker");
            end += n;
        }
    }

    /** The next packet of this type, skipping others (e.g. $SYS noise); fails on timeout. */
    @SuppressWarnings("unchecked")
    public <T extends Packet> T receive(Class<T> type) throws IOException {
        while (true) {
            Packet p = receive();
            if (type.isInstance(p)) return (T) p;
        }
    }

    /** True when nothing arrives within the given time. */
    public boolean silentFor(int millis) throws IOException {
        return receiveWithin(millis) == null;
    }

    /** The next packet if one arrives within the given time, else null. */
    public Packet receiveWithin(int millis) throws IOException {
        int old = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            return receive();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(old);
        }
    }

    /** True when the broker closes the connection within the time (after any packets it sends first). */
    public boolean closedWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (true) receive();
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Packets received before the broker closes, e.g. a v5 DISCONNECT with its reason code. */
    public Packet lastBeforeClose(int millis) throws IOException {
        socket.setSoTimeout(millis);
        Packet last = null;
        try {
            while (true) last = receive();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the broker did not close the connection; last packet " + last);
        } catch (IOException e) {
            return last;
        }
    }

    /** Closes the socket without DISCONNECT: the broker sees a lost connection. */
    public void drop() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
