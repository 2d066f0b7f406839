package mqttlab.broker.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Topics starting with "$" are the server's (MQTT 5.0 section 4.7.2, "Topics beginning with $"): as mosquitto 2.0.11
 * keeps clients from publishing on $SYS, the lab keeps them from $SYS and from its own read-only $lab (what the
 * projector page shows), while other "$" topics stay the clients' as in mosquitto.
 */
class P04ServerTopicsTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    @Test
    @DisplayName("5.0: a client's PUBLISH to $lab/... or $SYS/... is answered 0x87 Not authorized and delivered to nobody")
    void refusedInV5() throws Exception {
        try (RawClient watcher = RawClient.connect(lab.port(), MqttVersion.V5, "watcher", true);
             RawClient forger = RawClient.connect(lab.port(), MqttVersion.V5, "forger", true)) {
            watcher.sendAndReceive(new Subscribe(1, List.of(new Subscription("$lab/#", Qos.AT_MOST_ONCE),
                    new Subscription("$SYS/forged", Qos.AT_MOST_ONCE), new Subscription("$other/x", Qos.AT_MOST_ONCE))));
            PubAck lab = assertInstanceOf(PubAck.class, forger.sendAndReceive(
                    new Publish(Qos.AT_LEAST_ONCE, true, "$lab/scoreboard", 1, "{}".getBytes(StandardCharsets.UTF_8))));
            assertEquals(0x87, lab.reasonCode());
            PubAck sys = assertInstanceOf(PubAck.class, forger.sendAndReceive(
                    new Publish(Qos.AT_LEAST_ONCE, false, "$SYS/forged", 2, "x".getBytes(StandardCharsets.UTF_8))));
            assertEquals(0x87, sys.reasonCode());
            assertTrue(watcher.silentFor(500), "nothing forged was delivered");
            forger.send(new Publish(Qos.AT_MOST_ONCE, false, "$other/x", 0, "ok".getBytes(StandardCharsets.UTF_8)));
            assertEquals("$other/x", watcher.receive(Publish.class).topic(), "other $ topics are the clients', as in mosquitto");
        }
    }

    @Test
    @DisplayName("3.1.1: the PUBLISH to $lab/... is acknowledged (3.1.1 cannot refuse one) and delivered to nobody")
    void droppedIn311() throws Exception {
        try (RawClient watcher = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "watcher3", true);
             RawClient forger = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "forger3", true)) {
            watcher.sendAndReceive(new Subscribe(1, List.of(new Subscription("$lab/#", Qos.AT_MOST_ONCE))));
            assertInstanceOf(PubAck.class, forger.sendAndReceive(
                    new Publish(Qos.AT_LEAST_ONCE, true, "$lab/trace/last", 1, "{}".getBytes(StandardCharsets.UTF_8))));
            assertTrue(watcher.silentFor(500), "nothing forged was delivered");
        }
    }
}
