package mqttlab.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one client connection's wire says, as libmosquitto's client debug lines
 * ({@code Client mosq-x sending CONNECT}…, the `-d` output of mosquitto_sub/pub) and the packet ids
 * of incoming PUBLISHes, which the client library does not expose.
 */
public final class WireLog implements Consumer<WireFrame> {
    private volatile Consumer<String> debug;
    private final boolean subscribedLines;
    private final Deque<Incoming> incoming = new ArrayDeque<>();
    private volatile int level = 4;
    private volatile String clientId = "(null)";

    /** {@code debug} receives the lines (null: none); {@code subscribedLines} adds mosquitto_sub's "Subscribed (mid: …)". */
    public WireLog(Consumer<String> debug, boolean subscribedLines) {
        this.debug = debug;
        this.subscribedLines = subscribedLines;
    }

    public String clientId() { return clientId; }

    /** Where the debug lines go from now on (null: nowhere), e.g. when the shell's `sub -d` turns them on. */
    public void debug(Consumer<String> sink) { debug = sink; }

    /** An incoming PUBLISH as the wire had it: topic, packet id (0 at QoS 0) and DUP flag. */
    public record Incoming(String topic, int mid, boolean dup) {
        static final Incoming NONE = new Incoming("", 0, false);
    }

    /** The oldest incoming PUBLISH on this topic not claimed yet (older ones on other topics are dropped), or one with id 0. */
    public synchronized Incoming claimIncoming(String topic) {
        while (!incoming.isEmpty()) {
            Incoming i = incoming.pollFirst();
            if (i.topic().equals(topic)) return i;
        }
        return Incoming.NONE;
    }

    @Override
    public void accept(WireFrame f) {
        if (f.type() == 1) readConnect(f);
        if (f.type() == 2 && level == 5) readAssignedId(f);
        if (f.type() == 3 && !f.fromClient()) {
            int mid = f.qos() > 0 ? f.u16(2 + f.u16(0)) : 0;
            synchronized (this) {
                incoming.addLast(new Incoming(f.utf8(0), mid, f.dup()));
                while (incoming.size() > 1000) incoming.pollFirst();
            }
        }
        Consumer<String> d = debug;
        if (d == null) return;
        for (String line : lines(f)) d.accept(line);
    }

    private void readConnect(WireFrame f) {
        int protoLen = f.u16(0);
        level = f.u8(2 + protoLen);
        int at = 2 + protoLen + 4;
        if (level == 5) {
            int[] props = f.vbi(at);
            at += props[0] + props[1];
        }
        String id = f.utf8(at);
        clientId = id.isEmpty() ? "(null)" : id;
    }

    /** A v5 CONNACK may name the id the broker assigned; mosquitto_pub -d prints it from then on. */
    private void readAssignedId(WireFrame f) {
        java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocate(1 + mqttlab.protocol.codec.DataTypes.vbiSize(f.body().length) + f.body().length);
        frame.put((byte) f.firstByte());
        mqttlab.protocol.codec.DataTypes.writeVbi(frame, f.body().length);
        frame.put(f.body()).flip();
        try {
            if (mqttlab.protocol.codec.PacketDecoder.decode(frame, mqttlab.protocol.packet.MqttVersion.V5)
                    instanceof mqttlab.protocol.packet.ConnAck ack) {
                ack.properties().string(mqttlab.protocol.property.PropertyId.ASSIGNED_CLIENT_IDENTIFIER).ifPresent(id -> clientId = id);
            }
        } catch (RuntimeException malformed) {
            // the debug lines go on with the id they had; the connection's own decoder reports the fault
        }
    }

    List<String> lines(WireFrame f) {
        String c = "Client " + clientId + (f.fromClient() ? " sending " : " received ");
        List<String> out = new ArrayList<>();
        int rc = f.body().length > 2 ? f.u8(2) : 0;
        switch (f.type()) {
            case 1 -> out.add(c + "CONNECT");
            case 2 -> out.add(c + "CONNACK (" + f.u8(1) + ")");
            case 3 -> out.add(c + "PUBLISH " + publishSummary(f));
            case 4 -> out.add(c + (f.fromClient() ? "PUBACK (m" + f.u16(0) + ", rc" + rc + ")" : "PUBACK (Mid: " + f.u16(0) + ", RC:" + rc + ")"));
            case 5 -> out.add(c + (f.fromClient() ? "PUBREC (m" + f.u16(0) + ", rc" + rc + ")" : "PUBREC (Mid: " + f.u16(0) + ")"));
            case 6 -> out.add(c + (f.fromClient() ? "PUBREL (m" + f.u16(0) + ")" : "PUBREL (Mid: " + f.u16(0) + ")"));
            case 7 -> out.add(c + (f.fromClient() ? "PUBCOMP (m" + f.u16(0) + ")" : "PUBCOMP (Mid: " + f.u16(0) + ", RC:" + rc + ")"));
            case 8 -> subscribeLines(f, c, out);
            case 9 -> subAckLines(f, c, out);
            case 10 -> unsubscribeLines(f, c, out);
            case 11 -> out.add(c + "UNSUBACK");
            case 12 -> out.add(c + "PINGREQ");
            case 13 -> out.add(c + "PINGRESP");
            case 14 -> out.add(c + "DISCONNECT");
            case 15 -> out.add(c + "AUTH");
            default -> { }
        }
        return out;
    }

    private String publishSummary(WireFrame f) {
        int topicLen = f.u16(0);
        int at = 2 + topicLen;
        int mid = 0;
        if (f.qos() > 0) { mid = f.u16(at); at += 2; }
        if (level == 5) { int[] p = f.vbi(at); at += p[0] + p[1]; }
        int payload = Math.max(0, f.body().length - at);
        return "(d" + (f.dup() ? 1 : 0) + ", q" + f.qos() + ", r" + (f.retain() ? 1 : 0) + ", m" + mid
                + ", '" + f.utf8(0) + "', ... (" + payload + " bytes))";
    }

    private int afterIdAndProps(WireFrame f) {
        int at = 2;
        if (level == 5) { int[] p = f.vbi(at); at += p[0] + p[1]; }
        return at;
    }

    private void subscribeLines(WireFrame f, String c, List<String> out) {
        int mid = f.u16(0);
        int at = afterIdAndProps(f);
        while (at + 2 < f.body().length) {
            String topic = f.utf8(at);
            at += 2 + f.u16(at);
            int opts = f.u8(at++);
            out.add(c + "SUBSCRIBE (Mid: " + mid + ", Topic: " + topic + ", QoS: " + (opts & 3)
                    + ", Options: 0x" + String.format("%02x", opts & 0xFC) + ")");
        }
    }

    private void subAckLines(WireFrame f, String c, List<String> out) {
        out.add(c + "SUBACK");
        if (!subscribedLines) return;
        StringBuilder sb = new StringBuilder("Subscribed (mid: " + f.u16(0) + "): ");
        int at = afterIdAndProps(f);
        for (int i = at; i < f.body().length; i++) sb.append(i > at ? ", " : "").append(f.u8(i));
        out.add(sb.toString());
    }

    private void unsubscribeLines(WireFrame f, String c, List<String> out) {
        int mid = f.u16(0);
        int at = afterIdAndProps(f);
        while (at + 1 < f.body().length) {
            out.add(c + "UNSUBSCRIBE (Mid: " + mid + ", Topic: " + f.utf8(at) + ")");
            at += 2 + f.u16(at);
        }
    }
}
