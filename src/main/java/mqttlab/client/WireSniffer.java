package mqttlab.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.MalformedPacketException;

/**
 * Splits one direction of a client's byte stream into MQTT frames as it passes through the
 * {@link TcpRelay}, without changing it. This is how the lab knows what hivemq-mqtt-client hides
 * from applications: packet ids (for {@code -F %m}) and the exact packets (for {@code -d}).
 */
public final class WireSniffer {
    private final boolean fromClient;
    private final Consumer<WireFrame> sink;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public WireSniffer(boolean fromClient, Consumer<WireFrame> sink) {
        this.fromClient = fromClient;
        this.sink = sink;
    }

    /** Feeds bytes just read from the socket; calls the sink once per complete frame. */
    public void feed(byte[] buf, int len) {
        pending.write(buf, 0, len);
        byte[] data = pending.toByteArray();
        int pos = 0;
        while (true) {
            FrameHeader h;
            try {
                h = FrameHeader.peek(ByteBuffer.wrap(data, pos, data.length - pos));
            } catch (MalformedPacketException fifthLengthByte) {
                pos = data.length; // no frame boundary to find after it: stop watching this stream's bytes so far
                break;
            }
            if (h == null || pos + h.frameLength() > data.length) break;
            int frameEnd = pos + h.frameLength();
            byte[] body = java.util.Arrays.copyOfRange(data, pos + h.headerLength(), frameEnd);
            try {
                sink.accept(new WireFrame(fromClient, data[pos] & 0xFF, body));
            } catch (RuntimeException e) {
                // the sniffer is only a viewer: never break the connection it watches
            }
            pos = frameEnd;
        }
        pending.reset();
        pending.write(data, pos, data.length - pos);
    }
}
