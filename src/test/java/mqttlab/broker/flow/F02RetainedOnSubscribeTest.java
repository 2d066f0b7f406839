package mqttlab.broker.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mqttlab.broker.Broker;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new subscriber gets every retained message its filter matches, however many: "the last retained
 * message, if any, on each matching topic name MUST be sent to the subscriber" [MQTT-3.3.1-6]
 * (3.1.1; [MQTT-3.3.1-9] in 5.0). The queue limit (here 100, far below 20,000) is for live traffic.
 */
class F02RetainedOnSubscribeTest {
    static final int RETAINED = 20_000;

    @ParameterizedTest(name = "QoS {0}")
    @ValueSource(ints = {0, 1})
    @DisplayName("20,000 retained messages to a new '#' subscriber with max_queued_messages 100: all arrive, none dropped")
    void everyRetainedMessageArrives(int qosValue) throws Exception {
        Qos qos = Qos.of(qosValue);
        try (Broker broker = TestBroker.start("max_queued_messages 100\n")) {
            try (RawClient pub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "pub", true)) {
                for (int i = 0; i < RETAINED; i++) {
                    pub.send(new Publish(Qos.AT_LEAST_ONCE, true, "r/" + i, i % 60_000 + 1, ("v" + i).getBytes(StandardCharsets.UTF_8)));
                    if (i % 1000 == 999) while (true) { if (pub.receive() instanceof PubAck a && a.packetId() == i % 60_000 + 1) break; }
                }
            }
            assertEquals(RETAINED, broker.retained().size());
            try (RawClient sub = RawClient.connect(broker.port(), MqttVersion.V3_1_1, "sub", true)) {
                sub.send(new Subscribe(1, List.of(new Subscription("#", qos))));
                Set<String> topics = new HashSet<>();
                while (topics.size() < RETAINED) {
                    Packet p = sub.receive(); // fails after 3 s of silence
                    if (p instanceof Publish pub) {
                        assertTrue(pub.retain(), "sent because of the new subscription: RETAIN=1 [MQTT-3.3.1-8]");
                        assertEquals(qos, pub.qos());
                        topics.add(pub.topic());
                        if (pub.qos() == Qos.AT_LEAST_ONCE) sub.send(new PubAck(pub.packetId()));
                    }
                }
                assertEquals(RETAINED, topics.size());
            }
            assertEquals(0, broker.stats().publishDropped(), "nothing was dropped");
        }
    }
}
