package mqttlab.broker.net;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mqttlab.broker.Broker;
import mqttlab.protocol.codec.FrameHeader;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Throws 100,000 generated and mutated packets (valid packets with bytes flipped, truncated,
 * lengths lied about) at a running broker over TCP. The broker stays up, closes every
 * connection whose bytes are malformed, keeps serving a well-behaved pair of clients, and its
 * memory does not grow.
 */
class Fuzz01RandomPacketsTest {
    static final int PACKETS = 100_000;
    static final int PER_CONNECTION = 25;

    @Test
    @DisplayName("100,000 mutated packets: broker up, bad connections closed [MQTT-4.8.0-1], others unaffected, memory flat")
    void fuzz() throws Exception {
        try (Broker broker = TestBroker.start("max_packet_size 65536\n");
             RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "good-sub", true);
             RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "good-pub", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("good/#", Qos.AT_LEAST_ONCE))));
            warmUp(broker.port());
            long heapBefore = usedHeapAfterGc();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicInteger malformedStreams = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            List<Future<?>> jobs = new ArrayList<>();
            int connections = PACKETS / PER_CONNECTION;
            for (int t = 0; t < 4; t++) {
                long seed = 1000 + t;
                jobs.add(pool.submit(() -> {
                    Random rnd = new Random(seed);
                    for (int i = 0; i < connections / 4; i++) {
                        fuzzOneConnection(broker.port(), rnd, malformedStreams, sent);
                    }
                    return null;
                }));
            }
            int round = 0;
            while (!allDone(jobs)) { // the good clients keep working meanwhile
                round++;
                pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "good/" + round, round % 65535 + 1, ("ok " + round).getBytes(StandardCharsets.UTF_8)));
                pub.receive(PubAck.class);
                Publish p = sub.receive(Publish.class);
                assertEquals("ok " + round, p.payloadAsString());
                sub.send(new PubAck(p.packetId()));
            }
            for (Future<?> f : jobs) f.get(5, TimeUnit.MINUTES);
            pool.shutdown();
            assertTrue(sent.get() >= PACKETS, "sent " + sent.get());
            assertTrue(malformedStreams.get() > connections / 4, "most mutated streams were malformed: " + malformedStreams.get());
            Await.until(() -> broker.clients().size() <= 2, Duration.ofSeconds(10), () -> "clients: " + broker.clients().size());
            assertEquals(2, broker.clients().size(), "only the good clients are left: every fuzz session is gone");
            long heapAfter = usedHeapAfterGc();
            assertTrue(heapAfter - heapBefore < 32L * 1024 * 1024, "heap grew by " + (heapAfter - heapBefore) / 1024 + " KiB");
            assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()));
        }
    }

    static boolean allDone(List<Future<?>> jobs) {
        for (Future<?> f : jobs) if (!f.isDone()) return false;
        return true;
    }

    static void warmUp(int port) throws Exception {
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) fuzzOneConnection(port, rnd, new AtomicInteger(), new AtomicInteger());
    }

    /** One connection: a valid CONNECT, then mutated packets; if the stream is malformed the broker must close it. */
    static void fuzzOneConnection(int port, Random rnd, AtomicInteger malformedStreams, AtomicInteger sent) throws IOException {
        MqttVersion v = rnd.nextBoolean() ? MqttVersion.V5 : MqttVersion.V3_1_1;
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < PER_CONNECTION; i++) packets.add(mutate(rnd, PacketEncoder.encode(sample(rnd, v), v)));
        byte[] stream = concat(PacketEncoder.encode(new Connect(v, "", true, 30), v), packets);
        boolean malformed = isMalformed(stream, v);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(3000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(stream);
                out.flush();
            } catch (IOException closedEarly) {
                // the broker closed on an early bad packet while we were still writing: that is the point
            }
            sent.addAndGet(PER_CONNECTION);
            if (malformed) {
                malformedStreams.incrementAndGet();
                assertTrue(closedByBroker(s.getInputStream()), "the broker must close a malformed stream");
            }
        }
    }

    static boolean closedByBroker(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        try {
            while (in.read(buf) >= 0) { /* drain what the broker sent before closing */ }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Reads the stream as the broker would; true when some packet in it is malformed or the stream ends mid-packet. */
    static boolean isMalformed(byte[] stream, MqttVersion v) {
        ByteBuffer buf = ByteBuffer.wrap(stream);
        try {
            while (buf.hasRemaining()) {
                FrameHeader h = FrameHeader.peek(buf.slice());
                if (h == null || h.frameLength() > buf.remaining()) return false; // incomplete: the broker just waits
                if (h.frameLength() > 65536) return true;
                PacketDecoder.decode(ByteBuffer.wrap(stream, buf.position(), h.frameLength()).slice(), v);
                buf.position(buf.position() + h.frameLength());
            }
            return false;
        } catch (MalformedPacketException e) {
            return true;
        }
    }

    static Packet sample(Random rnd, MqttVersion v) {
        byte[] payload = new byte[rnd.nextInt(40)];
        rnd.nextBytes(payload);
        Properties props = v.isV5() && rnd.nextBoolean() ? Properties.EMPTY.plus(PropertyId.USER_PROPERTY,
                new mqttlab.protocol.property.UserProperty("k", "v")) : Properties.EMPTY;
        int id = 1 + rnd.nextInt(65535);
        return switch (rnd.nextInt(9)) {
            case 0 -> new Publish(false, Qos.AT_MOST_ONCE, rnd.nextBoolean(), "fuzz/t" + rnd.nextInt(10), 0, payload, props);
            case 1 -> new Publish(false, Qos.of(1 + rnd.nextInt(2)), false, "fuzz/" + rnd.nextInt(10), id, payload, props);
            case 2 -> new Subscribe(id, List.of(new Subscription("fuzz/+/" + rnd.nextInt(5), Qos.of(rnd.nextInt(3)))), props);
            case 3 -> new Unsubscribe(id, List.of("fuzz/#"), props);
            case 4 -> new PubAck(id);
            case 5 -> new PubRec(id);
            case 6 -> new PubRel(id);
            case 7 -> new PubComp(id);
            default -> new PingReq();
        };
    }

    static byte[] mutate(Random rnd, byte[] p) {
        byte[] b = p.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8)); // flip a bit
            case 1 -> b[0] = (byte) rnd.nextInt(256); // any first byte: reserved types and flags, QoS 3
            case 2 -> { if (b.length > 1) b[1] = (byte) rnd.nextInt(256); } // lie about the remaining length
            case 3 -> b = java.util.Arrays.copyOf(b, Math.max(1, b.length - 1 - rnd.nextInt(b.length))); // truncate
            default -> { } // a valid packet among the bad ones
        }
        return b;
    }

    static byte[] concat(byte[] first, List<byte[]> rest) {
        int n = first.length;
        for (byte[] r : rest) n += r.length;
        ByteBuffer out = ByteBuffer.allocate(n).put(first);
        for (byte[] r : rest) out.put(r);
        return out.array();
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            // System.gc() only asks: a weakly held object gone shows a collection has run
            java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object());
            System.gc();
            Await.until(() -> {
                if (sentinel.get() == null) return true;
                System.gc();
                return false;
            }, java.time.Duration.ofSeconds(10), "a garbage collection");
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
