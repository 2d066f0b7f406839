package mqttlab.broker.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.broker.FlowInfo;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fan-in, 4 publishers to 1 subscriber, over real TCP, with a queue limit far below what is in
 * flight: the subscriber's queue fills, the broker stops reading the publishers instead of dropping,
 * and every message it acknowledged arrives. The receiver sends PUBACK "having accepted ownership
 * of the Application Message" [MQTT-4.3.2-2], and PUBREC likewise at QoS 2 [MQTT-4.3.3-2]: what the
 * broker acknowledged is its to deliver.
 */
class F01FanInBackpressureTest {
    static final int PUBLISHERS = 4;
    static final int EACH = 5_000;
    static final int WINDOW = 32;

    @ParameterizedTest(name = "QoS {0}")
    @ValueSource(ints = {1, 2})
    @DisplayName("Fan-in 4→1 with the subscriber's queue full: the publishers are held back, nothing acknowledged is lost")
    void fanInLosesNothing(int qosValue) throws Exception {
        Qos qos = Qos.of(qosValue);
        // backpressure_timeout is long: this subscriber is slow, never stalled, so nothing may be dropped
        try (Broker broker = TestBroker.start("max_queued_messages 100\nbackpressure_timeout 60\n");
             RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "sub", true)) {
            assertInstanceOf(SubAck.class, sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("fan/#", qos)))));
            ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
            try {
                List<Future<Integer>> acked = new ArrayList<>();
                for (int p = 0; p < PUBLISHERS; p++) {
                    String name = "pub" + p;
                    acked.add(pool.submit(() -> publish(broker.port(), name, qos)));
                }
                // The subscriber does not read until the broker says it holds the publishers back.
                Await.until(() -> {
                    FlowInfo f = broker.flow("sub");
                    return f != null && f.holding() && f.heldPublishers() > 0;
                }, Duration.ofSeconds(20), "the full queue did not make the broker hold its publishers back");

                Set<String> got = new HashSet<>();
                int duplicates = 0;
                while (got.size() < PUBLISHERS * EACH) {
                    Packet packet = sub.receive(); // fails the test after 3 s of silence
                    if (packet instanceof Publish p) {
                        if (!got.add(new String(p.payload(), StandardCharsets.UTF_8))) duplicates++;
                        if (p.qos() == Qos.AT_LEAST_ONCE) sub.send(new PubAck(p.packetId()));
                        if (p.qos() == Qos.EXACTLY_ONCE) sub.send(new PubRec(p.packetId()));
                    } else if (packet instanceof PubRel rel) {
                        sub.send(new PubComp(rel.packetId()));
                    }
                }
                int acknowledged = 0;
                for (Future<Integer> f : acked) acknowledged += f.get(60, TimeUnit.SECONDS);
                assertEquals(PUBLISHERS * EACH, acknowledged, "every PUBLISH was acknowledged to its publisher");
                for (int p = 0; p < PUBLISHERS; p++) {
                    for (int i = 0; i < EACH; i++) assertTrue(got.contains("pub" + p + ":" + i), "pub" + p + ":" + i + " arrived");
                }
                assertEquals(0, duplicates, "no message arrived twice (no reconnects, so no DUP resends)");
                assertEquals(0, broker.stats().publishDropped(), "nothing was dropped");
                FlowInfo after = broker.flow("sub");
                assertFalse(after.holding(), "the queue drained: the publishers were let go");
                assertEquals(0, after.queuedMessages());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Publishes EACH messages with at most WINDOW unacknowledged; returns how many the broker acknowledged. */
    static int publish(int port, String name, Qos qos) throws Exception {
        try (RawClient c = RawClient.connect(port, MqttVersion.V3_1_1, name, true)) {
            int outstanding = 0;
            int done = 0;
            for (int i = 0; i < EACH; i++) {
                while (outstanding >= WINDOW) {
                    int finished = handleAck(c);
                    outstanding -= finished;
                    done += finished;
                }
                c.send(new Publish(qos, false, "fan/" + name, i % 65_000 + 1, (name + ":" + i).getBytes(StandardCharsets.UTF_8)));
                outstanding++;
            }
            while (outstanding > 0) {
                int finished = handleAck(c);
                outstanding -= finished;
                done += finished;
            }
            return done;
        }
    }

    /** Reads one acknowledgement; 1 when it completes a flow (PUBACK, PUBCOMP), 0 otherwise. */
    private static int handleAck(RawClient c) throws Exception {
        Packet p = c.receive();
        if (p instanceof PubRec rec) {
            c.send(new PubRel(rec.packetId()));
            return 0;
        }
        return p instanceof PubAck || p instanceof PubComp ? 1 : 0;
    }
}
