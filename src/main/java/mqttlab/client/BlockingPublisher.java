package mqttlab.client;

import static mqttlab.text.Text.t;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;

/**
 * The one-shot publisher of `mqttlab pub`: the lab's own codec over a blocking socket, one thread, no
 * event loop. A command that connects, publishes and leaves pays for neither Netty nor the client
 * library's start-up (most of `mqttlab pub`'s time before). The shell keeps hivemq-mqtt-client.
 * It only publishes: a PUBLISH the broker sends it (none, as it subscribes to nothing) is acknowledged
 * and dropped. Every call runs to completion on the caller's thread; the futures are already done.
 */
public final class BlockingPublisher implements MqttConnection {
    private static final int CONNECT_TIMEOUT_MS = 10_000;

    private final ClientSettings settings;
    private final WireLog wire;
    private final MqttVersion version;
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private String clientId;
    private int nextId = 1;
    private boolean connected;

    public BlockingPublisher(ClientSettings settings, WireLog wire) {
        this.settings = settings;
        this.wire = wire;
        this.version = settings.version() == 5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        this.clientId = settings.clientId();
    }

    @Override public ClientSettings settings() { return settings; }

    @Override public String clientId() { return clientId; }

    @Override public WireLog wire() { return wire; }

    @Override public void onMessage(Consumer<Received> handler) { }

    @Override public void onLost(Consumer<String> handler) { }

    @Override public boolean isConnected() { return connected; }

    @Override
    public CompletableFuture<Boolean> connect() {
        try {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(Math.max(settings.keepAlive(), 10) * 1500);
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            send(connectPacket());
            Packet reply = read();
            if (!(reply instanceof ConnAck ack)) throw new IOException("the broker answered CONNECT with " + reply.type());
            if (ack.reasonCode() != 0) {
                close(socket);
                return CompletableFuture.failedFuture(version == MqttVersion.V5 ? ConnectFailure.refusedV5(ack.reasonCode(), ack.properties().userProperties())
                        : new ConnectFailure(t("client.err.connection", ConnectFailure.connackString(ack.reasonCode())), ack.reasonCode(), true));
            }
            ack.properties().string(PropertyId.ASSIGNED_CLIENT_IDENTIFIER).ifPresent(id -> clientId = id);
            connected = true;
            return CompletableFuture.completedFuture(ack.sessionPresent());
        } catch (IOException | RuntimeException e) {
            close(socket);
            return CompletableFuture.failedFuture(ConnectFailure.network(e));
        }
    }

    private Connect connectPacket() {
        Properties props = Properties.EMPTY;
        if (version == MqttVersion.V5) {
            // -1: none sent, as the shell's hivemq sessions do (0 is the standard's default anyway)
            if (settings.sessionExpiry() > 0) props = props.plus(PropertyId.SESSION_EXPIRY_INTERVAL, settings.sessionExpiry());
            for (ClientSettings.UserProperty p : settings.connectProperties()) {
                props = props.plus(PropertyId.USER_PROPERTY, new UserProperty(p.name(), p.value()));
            }
        }
        Will will = null;
        if (settings.will() != null) {
            ClientSettings.Will w = settings.will();
            will = new Will(w.topic(), w.payload(), Qos.of(w.qos()), w.retain(), Properties.EMPTY);
        }
        byte[] password = settings.password() == null ? null : settings.password().getBytes(StandardCharsets.UTF_8);
        return new Connect(version, settings.clientId(), settings.cleanSession(), settings.keepAlive(), will,
                settings.username(), password, props);
    }

    @Override
    public CompletableFuture<Void> publish(Outgoing m) {
        try {
            int id = m.qos() == 0 ? 0 : takeId();
            send(new Publish(false, Qos.of(m.qos()), m.retain(), m.topic(), id, m.payload(), publishProperties(m)));
            if (m.qos() == 1) {
                PubAck ack = awaitAck(PubAck.class, id);
                failIfRefused(ack.reasonCode());
            } else if (m.qos() == 2) {
                PubRec rec = awaitAck(PubRec.class, id);
                failIfRefused(rec.reasonCode());
                send(new PubRel(id));
                awaitAck(PubComp.class, id);
            }
            return CompletableFuture.completedFuture(null);
        } catch (IOException | RuntimeException e) {
            connected = false;
            return CompletableFuture.failedFuture(e);
        }
    }

    private Properties publishProperties(Outgoing m) {
        if (version != MqttVersion.V5) return Properties.EMPTY;
        Properties props = Properties.EMPTY;
        if (m.payloadFormat() != null) props = props.plus(PropertyId.PAYLOAD_FORMAT_INDICATOR, m.payloadFormat());
        if (m.messageExpiry() != null) props = props.plus(PropertyId.MESSAGE_EXPIRY_INTERVAL, m.messageExpiry());
        if (m.contentType() != null) props = props.plus(PropertyId.CONTENT_TYPE, m.contentType());
        if (m.responseTopic() != null) props = props.plus(PropertyId.RESPONSE_TOPIC, m.responseTopic());
        if (m.correlationData() != null) props = props.plus(PropertyId.CORRELATION_DATA, m.correlationData());
        for (ClientSettings.UserProperty u : m.userProperties()) {
            props = props.plus(PropertyId.USER_PROPERTY, new UserProperty(u.name(), u.value()));
        }
        return props;
    }

    /** A v5 PUBACK/PUBREC reason code of 0x80 or more: the broker did not take the message. */
    private void failIfRefused(int reasonCode) throws IOException {
        if (reasonCode >= 0x80) throw new IOException(ConnectFailure.reasonString(reasonCode));
    }

    private <T extends Packet> T awaitAck(Class<T> kind, int id) throws IOException {
        while (true) {
            Packet p = read();
            if (kind.isInstance(p) && ackId(p) == id) return kind.cast(p);
            if (p instanceof Publish incoming) acknowledge(incoming);
        }
    }

    private static int ackId(Packet p) {
        if (p instanceof PubAck a) return a.packetId();
        if (p instanceof PubRec r) return r.packetId();
        if (p instanceof PubComp c) return c.packetId();
        return -1;
    }

    private void acknowledge(Publish p) throws IOException {
        if (p.qos() == Qos.AT_LEAST_ONCE) send(new PubAck(p.packetId()));
        if (p.qos() == Qos.EXACTLY_ONCE) send(new PubRec(p.packetId()));
    }

    private int takeId() {
        int id = nextId;
        nextId = nextId == 65535 ? 1 : nextId + 1;
        return id;
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        try {
            if (connected) send(new Disconnect());
        } catch (IOException ignored) {
            // the broker went first; closing is all that is left
        }
        connected = false;
        close(socket);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void kill() {
        connected = false;
        close(socket);
    }

    @Override
    public CompletableFuture<List<Integer>> subscribe(List<String> filters, int qos, SubscribeOptions options) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a one-shot publisher does not subscribe"));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a one-shot publisher does not subscribe"));
    }

    private void send(Packet p) throws IOException {
        byte[] frame = PacketEncoder.encode(p, version);
        out.write(frame);
        out.flush();
        log(true, frame);
    }

    /** Reads one whole packet: the fixed header a byte at a time until its length is known, then the body. */
    private Packet read() throws IOException {
        byte[] header = new byte[5];
        int n = 0;
        FrameHeader h = null;
        while (h == null) {
            header[n++] = (byte) readByte(in);
            if (n >= 2) h = FrameHeader.peek(ByteBuffer.wrap(header, 0, n));
        }
        byte[] frame = new byte[h.frameLength()];
        System.arraycopy(header, 0, frame, 0, n);
        in.readFully(frame, n, h.remainingLength());
        log(false, frame);
        return PacketDecoder.decode(ByteBuffer.wrap(frame), version);
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) throw new IOException("the broker closed the connection");
        return b;
    }

    private void log(boolean fromClient, byte[] frame) {
        FrameHeader h = FrameHeader.peek(ByteBuffer.wrap(frame));
        byte[] body = new byte[h.remainingLength()];
        System.arraycopy(frame, h.headerLength(), body, 0, body.length);
        wire.accept(new WireFrame(fromClient, h.firstByte(), body));
    }

    private static void close(Socket s) {
        if (s == null) return;
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to save on a socket we are leaving
        }
    }
}
