package mqttlab.shell.mqtt;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

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
            int frameEnd = frameEnd(data, pos);
            if (frameEnd < 0) break;
            int[] rl = remainingLength(data, pos + 1);
            int bodyStart = pos + 1 + rl[1];
            byte[] body = java.util.Arrays.copyOfRange(data, bodyStart, frameEnd);
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

    private static int frameEnd(byte[] data, int pos) {
        if (pos + 2 > data.length) return -1;
        int[] rl = remainingLength(data, pos + 1);
        if (rl == null) return -1;
        int end = pos + 1 + rl[1] + rl[0];
        return end <= data.length ? end : -1;
    }

    /** {value, bytes used} or null when the length is not complete yet. */
    private static int[] remainingLength(byte[] data, int at) {
        int value = 0, mult = 1;
        for (int i = 0; i < 4; i++) {
            if (at + i >= data.length) return null;
            int b = data[at + i] & 0xFF;
            value += (b & 0x7F) * mult;
            if ((b & 0x80) == 0) return new int[] {value, i + 1};
            mult *= 128;
        }
        return new int[] {value, 4};
    }
}
