package mqttlab.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.protocol.packet.*;

/**
 * A throwaway listener on 127.0.0.1:0 that plays the smallest possible broker for one client:
 * CONNACK, PUBACK/PUBREC/PUBCOMP, SUBACK (then one PUBLISH to the first filter's topic), and
 * records every packet with its raw bytes, decoded by the codec under test.
 */
final class CapturingServer implements AutoCloseable {
    record Captured(Packet packet, byte[] bytes) {}

    private final ServerSocket server;
    private final CompletableFuture<List<Captured>> done = new CompletableFuture<>();
    private final String deliverTopic;
    private final byte[] deliverPayload;

    CapturingServer(String deliverTopic, byte[] deliverPayload) throws Exception {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.deliverTopic = deliverTopic;
        this.deliverPayload = deliverPayload;
        Thread t = new Thread(this::serve, "capturing-server");
        t.setDaemon(true);
        t.start();
    }

    int port() { return server.getLocalPort(); }

    List<Captured> packets(long seconds) throws Exception { return done.get(seconds, TimeUnit.SECONDS); }

    private void serve() {
        List<Captured> got = new ArrayList<>();
        try (Socket s = server.accept()) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            StreamDecoder d = new StreamDecoder();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            int n;
            outer:
            while ((n = in.read(buf)) > 0) {
                d.feed(buf, 0, n);
                all.write(buf, 0, n);
                StreamDecoder.Step step;
                while ((step = d.next()) instanceof StreamDecoder.Decoded dec) {
                    byte[] raw = Arrays.copyOfRange(all.toByteArray(), (int) dec.offset(), (int) dec.offset() + dec.length());
                    got.add(new Captured(dec.packet(), raw));
                    Packet reply = answer(dec.packet(), d.version());
                    if (reply != null) out.write(PacketEncoder.encode(reply, d.version()));
                    if (dec.packet() instanceof Subscribe sub) {
                        out.write(PacketEncoder.encode(new Publish(Qos.AT_MOST_ONCE, false, deliverTopic, 0, deliverPayload), d.version()));
                    }
                    out.flush();
                    if (dec.packet() instanceof Disconnect) break outer;
                }
            }
            done.complete(got);
        } catch (Exception e) {
            done.completeExceptionally(new AssertionError("after " + got.size() + " packet(s): " + e, e));
        } finally {
            try { server.close(); } catch (Exception ignored) { }
        }
    }

    private static Packet answer(Packet p, MqttVersion v) {
        if (p instanceof Connect) return new ConnAck(false, 0);
        if (p instanceof Publish pub && pub.qos() == Qos.AT_LEAST_ONCE) return new PubAck(pub.packetId());
        if (p instanceof Publish pub && pub.qos() == Qos.EXACTLY_ONCE) return new PubRec(pub.packetId());
        if (p instanceof PubRel rel) return new PubComp(rel.packetId());
        if (p instanceof Subscribe sub) return new SubAck(sub.packetId(), sub.subscriptions().stream().map(x -> x.qos().value()).toList());
        if (p instanceof PingReq) return new PingResp();
        return null;
    }

    @Override
    public void close() throws Exception { server.close(); }
}
