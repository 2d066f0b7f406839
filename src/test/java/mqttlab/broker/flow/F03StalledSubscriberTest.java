package mqttlab.broker.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import mqttlab.broker.Broker;
import mqttlab.broker.FlowInfo;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A subscriber that never reads: once its socket has taken nothing for a short probe, its QoS 0
 * copies are dropped rather than held for, so the other clients fed by the same publishers go on;
 * after backpressure_timeout without progress it is stalled and mosquitto's rules apply to it. What
 * the broker keeps for it is bounded by the configuration, not by how much is published.
 */
class F03StalledSubscriberTest {
    static final int MESSAGES = 20_000; // 20 MB of 1 KiB payloads
    static final int MAX_QUEUED = 100;
    /** Netty's high water mark (1 MiB) plus one write batch: what the write buffer may hold at most. */
    static final long WRITE_BUFFER_BOUND = 1024 * 1024 + 64 * 1024;

    @Test
    @DisplayName("Flooding a subscriber that never reads: its queue and write buffer stay bounded, drops are counted and logged once")
    void stalledSubscriberStaysBounded() throws Exception {
        try (Broker broker = TestBroker.start("max_queued_messages " + MAX_QUEUED + "\nbackpressure_timeout 0.5\nlog_type notice\nlog_dest none\n");
             Socket stalled = new Socket("127.0.0.1", broker.port());
             RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
            List<String> log = new CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            var out = stalled.getOutputStream();
            out.write(PacketEncoder.encode(new Connect(MqttVersion.V3_1_1, "stalled", true, 0), MqttVersion.V3_1_1));
            out.write(PacketEncoder.encode(new Subscribe(1, List.of(new Subscription("load/#", Qos.AT_MOST_ONCE))), MqttVersion.V3_1_1));
            out.flush(); // and never read again
            Await.until(() -> !broker.subscriptions().isEmpty(), Duration.ofSeconds(10), "no subscription");

            byte[] kb = new byte[1024];
            long maxQueued = 0;
            long maxPending = 0;
            for (int i = 0; i < MESSAGES; i++) {
                pub.send(new Publish(Qos.AT_MOST_ONCE, false, "load/x", 0, kb));
                if (i % 1000 == 999) {
                    assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()));
                    FlowInfo f = broker.flow("stalled");
                    maxQueued = Math.max(maxQueued, f.queuedMessages());
                    maxPending = Math.max(maxPending, f.pendingWriteBytes());
                }
            }
            assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()));
            // the flood may end before backpressure_timeout: QoS 0 no longer held the publisher back
            Await.until(() -> broker.flow("stalled").stalled(), Duration.ofSeconds(10), "no progress for backpressure_timeout: stalled");
            FlowInfo f = broker.flow("stalled");
            assertFalse(f.holding(), "a stalled subscriber holds nobody back");
            assertEquals(0, f.heldPublishers());
            // Bounded by the settings: the queue limit plus what one held publisher had already sent
            // (at most one socket read), and Netty's write buffer water mark.
            assertTrue(maxQueued <= 2 * MAX_QUEUED, "queue stayed near max_queued_messages: " + maxQueued);
            assertTrue(maxPending <= WRITE_BUFFER_BOUND, "write buffer stayed under its high water mark: " + maxPending);
            long dropped = broker.stats().publishDropped();
            assertTrue(dropped > MESSAGES / 2, "most of the flood was dropped for the stalled client: " + dropped);
            assertEquals(1, log.stream().filter(l -> l.endsWith("Outgoing messages are being dropped for client stalled.")).count(),
                    "the drop episode is logged once, as mosquitto does: " + log);
            assertTrue(log.stream().anyMatch(l -> l.contains("Client stalled made no progress")), log.toString());
        }
    }

    @Test
    @DisplayName("A subscriber that never reads does not hold back, for QoS 0, the publisher it shares with a healthy subscriber, long before backpressure_timeout")
    void neverReadingSubscriberDoesNotHoldOthersBack() throws Exception {
        int messages = 10_000; // 10 MB of 1 KiB payloads: far more than the stalled client's socket, write buffer and queue take
        // backpressure_timeout 120: were the publisher held until the subscriber is stalled, its PINGREQ below would go unanswered
        try (Broker broker = TestBroker.start("max_queued_messages " + MAX_QUEUED + "\nbackpressure_timeout 120\nlog_type notice\nlog_dest none\n");
             Socket stalled = new Socket();
             RawClient healthy = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "healthy", true);
             RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
            List<String> log = new CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            stalled.setReceiveBufferSize(4096); // a small window, as a stuck device has
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", broker.port()));
            var out = stalled.getOutputStream();
            out.write(PacketEncoder.encode(new Connect(MqttVersion.V3_1_1, "stalled", true, 0), MqttVersion.V3_1_1));
            out.write(PacketEncoder.encode(new Subscribe(1, List.of(new Subscription("load/#", Qos.AT_MOST_ONCE))), MqttVersion.V3_1_1));
            out.flush(); // and never read again
            assertInstanceOf(SubAck.class, healthy.sendAndReceive(new Subscribe(1, List.of(new Subscription("load/#", Qos.AT_MOST_ONCE)))));
            Await.until(() -> broker.subscriptions().size() == 2, Duration.ofSeconds(10), "two subscriptions");

            var received = new java.util.concurrent.atomic.AtomicInteger();
            Thread reader = new Thread(() -> {
                try {
                    while (received.get() < messages) if (healthy.receive() instanceof Publish) received.incrementAndGet();
                } catch (java.io.IOException e) {
                    // the count tells what arrived
                }
            });
            reader.start();
            byte[] kb = new byte[1024];
            for (int i = 0; i < messages; i++) {
                pub.send(new Publish(Qos.AT_MOST_ONCE, false, "load/x", 0, kb));
                // answered only while the broker reads the publisher: a socket timeout (3 s) here is a held publisher
                if (i % 1000 == 999) assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()), "PINGREQ after message " + (i + 1));
            }
            reader.join(30_000);
            assertEquals(messages, received.get(), "the healthy subscriber received the whole flood");
            FlowInfo f = broker.flow("stalled");
            assertFalse(f.stalled(), "not yet stalled: backpressure_timeout is 120 s");
            assertFalse(f.holding(), "it holds nobody back for QoS 0");
            assertEquals(0, f.heldPublishers());
            assertTrue(broker.stats().publishDropped() > messages / 2, "the never-reading client's copies were dropped: " + broker.stats().publishDropped());
            assertEquals(1, log.stream().filter(l -> l.endsWith("Outgoing messages are being dropped for client stalled.")).count(),
                    "the drop episode is logged once, as mosquitto does: " + log);
            assertFalse(broker.flow("healthy").holding(), "the healthy subscriber reads: nothing waits for it");
        }
    }
}
