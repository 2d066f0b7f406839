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
 * A subscriber that never reads: the broker holds its publishers back for backpressure_timeout,
 * then declares it stalled and applies mosquitto's rules to it. What it keeps for the stalled client
 * is bounded by the configuration, not by how much is published.
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
            FlowInfo f = broker.flow("stalled");
            assertTrue(f.stalled(), "no progress for backpressure_timeout: stalled");
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
}
