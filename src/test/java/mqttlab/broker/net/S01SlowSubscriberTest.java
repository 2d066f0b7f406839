package mqttlab.broker.net;

import static org.junit.jupiter.api.Assertions.*;

import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mqttlab.broker.Broker;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A subscriber that stops reading must not block anyone else for long (the broker holds the
 * publishers back for backpressure_timeout, then finds it stalled), and the broker must not buffer
 * for it without bound: its drops are counted and logged.
 */
class S01SlowSubscriberTest {
    static final int MESSAGES = 20_000; // 20 MB of 1 KiB payloads towards a reader that takes nothing

    @Test
    @DisplayName("A stalled QoS 0 subscriber loses QoS 0 messages instead of being buffered; a healthy one gets every message")
    void stalledSubscriber() throws Exception {
        try (Broker broker = TestBroker.start("log_type notice\nlog_dest none\n");
             Socket stalled = new Socket("127.0.0.1", broker.port());
             RawClient healthy = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "healthy", true);
             RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
            List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
            broker.log().addListener(log::add);
            var out = stalled.getOutputStream();
            out.write(PacketEncoder.encode(new Connect(MqttVersion.V3_1_1, "stalled", true, 0), MqttVersion.V3_1_1));
            out.write(PacketEncoder.encode(new Subscribe(1, List.of(new Subscription("load/#", Qos.AT_MOST_ONCE))), MqttVersion.V3_1_1));
            out.flush(); // and never read again
            healthy.sendAndReceive(new Subscribe(1, List.of(new Subscription("load/#", Qos.AT_MOST_ONCE))));
            Await.until(() -> broker.subscriptions().size() >= 2, Duration.ofSeconds(10), () -> "subscriptions: " + broker.subscriptions());

            AtomicInteger count = new AtomicInteger();
            CompletableFuture<Integer> received = CompletableFuture.supplyAsync(() -> {
                try {
                    while (count.get() < MESSAGES) { healthy.receive(Publish.class); count.incrementAndGet(); }
                } catch (Exception timeout) { /* fewer than expected */ }
                return count.get();
            });
            byte[] kb = new byte[1024];
            for (int i = 0; i < MESSAGES; i++) {
                pub.send(new Publish(Qos.AT_MOST_ONCE, false, "load/x", 0, kb));
                if (i % 500 == 499) { // a healthy subscriber keeps up with a publisher that waits for it
                    // held back at most backpressure_timeout (2 s) once, while the broker finds the reader stalled
                    assertInstanceOf(PingResp.class, pub.sendAndReceive(new PingReq()), "the publisher is not blocked for long");
                    int sent = i;
                    Await.until(() -> count.get() > sent, Duration.ofSeconds(10), () -> "the healthy subscriber has " + count.get() + " of " + (sent + 1));
                }
            }
            assertEquals(MESSAGES, received.get(60, TimeUnit.SECONDS), "the healthy subscriber got every message");
            long dropped = broker.stats().publishDropped();
            assertTrue(dropped > 0, "QoS 0 to the stalled reader was dropped, not buffered");
            assertTrue(dropped < MESSAGES, "it got some before its buffers filled");
            assertEquals(1, log.stream().filter(l -> l.endsWith("Outgoing messages are being dropped for client stalled.")).count(),
                    "the drops are logged once, as mosquitto does: " + log);
        }
    }
}
