package mqttlab.broker.retain;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.ManualClock;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class R01RetainTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    @DisplayName("A retained message's expiry counts down: a later subscriber gets what is left [MQTT-3.3.2-6], and none once it has expired [MQTT-3.3.2-5]")
    void retainedExpiry() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("", clock);
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "rp", true)) {
            pub.send(new Publish(false, Qos.AT_LEAST_ONCE, true, "building/201/ac/state", 1, bytes("ON"),
                    Properties.EMPTY.plus(PropertyId.MESSAGE_EXPIRY_INTERVAL, 10)));
            pub.receive(PubAck.class);
        }
        clock.advance(Duration.ofSeconds(4));
        try (RawClient late = RawClient.connect(lab.port(), MqttVersion.V5, "late", true)) {
            late.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/#", Qos.AT_LEAST_ONCE, false, false, 0)), Properties.EMPTY));
            Publish got = late.receive(Publish.class);
            assertEquals("ON", got.payloadAsString());
            assertEquals(6L, got.properties().number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElseThrow(), "10 s less the 4 s it was kept");
        }
        clock.advance(Duration.ofSeconds(6));
        try (RawClient later = RawClient.connect(lab.port(), MqttVersion.V5, "later", true)) {
            later.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/#", Qos.AT_LEAST_ONCE, false, false, 0)), Properties.EMPTY));
            // the broker answers in order: a retained message sent after the SUBACK would arrive before the PINGRESP
            assertInstanceOf(PingResp.class, later.sendAndReceive(new PingReq()), "expired: not sent");
        }
    }

    @Test
    @DisplayName("A retained message is sent to a new subscriber with RETAIN=1 [MQTT-3.3.1-8]; live copies have RETAIN=0 [MQTT-3.3.1-9]")
    void retainedDelivered() throws Exception {
        try (RawClient live = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "live", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "rp", true)) {
            live.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/201/ac/state", Qos.AT_MOST_ONCE))));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, true, "building/201/ac/state", 1, bytes("ON")));
            pub.receive(PubAck.class);
            assertFalse(live.receive(Publish.class).retain());
            try (RawClient late = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "late", true)) {
                late.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/+/ac/state", Qos.AT_LEAST_ONCE))));
                Publish got = late.receive(Publish.class);
                assertTrue(got.retain());
                assertEquals("ON", got.payloadAsString());
                assertEquals(Qos.AT_LEAST_ONCE, got.qos());
            }
            assertEquals(1, lab.broker().retained().size());
        }
    }

    @Test
    @DisplayName("A retained PUBLISH with an empty payload clears the retained message [MQTT-3.3.1-10]")
    void cleared() throws Exception {
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "clr", true)) {
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "status", 0, bytes("open")));
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "status", 0, new byte[0]));
            pub.sendAndReceive(new PingReq());
            try (RawClient late = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "late2", true)) {
                late.sendAndReceive(new Subscribe(1, List.of(new Subscription("status", Qos.AT_MOST_ONCE))));
                assertTrue(late.silentFor(300));
            }
            assertTrue(lab.broker().retained().isEmpty());
        }
    }

    @Test
    @DisplayName("5.0 retain handling 2: no retained messages at subscribe [MQTT-3.3.1-11]")
    void retainHandling() throws Exception {
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "rh", true)) {
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "kept", 0, bytes("x")));
            pub.sendAndReceive(new PingReq());
            try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V5, "rh2", true)) {
                sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("kept", Qos.AT_MOST_ONCE, false, false, 2))));
                assertTrue(sub.silentFor(300));
            }
        }
    }

    @Test
    @DisplayName("5.0 retain as published keeps RETAIN=1 on forwarded messages [MQTT-3.3.1-13]")
    void retainAsPublished() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V5, "rap", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "rapp", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("r", Qos.AT_MOST_ONCE, false, true, 0))));
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "r", 0, bytes("x")));
            assertTrue(sub.receive(Publish.class).retain());
        }
    }

    @Test
    @DisplayName("retain_available false: a v5 client publishing with RETAIN gets DISCONNECT 0x9A [MQTT-3.3.1-11]")
    void retainUnavailable() throws Exception {
        lab.restart("retain_available false\n");
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "nr", true)) {
            pub.send(new Publish(Qos.AT_MOST_ONCE, true, "x", 0, bytes("x")));
            Packet last = pub.lastBeforeClose(2000);
            assertEquals(ReasonCode.RETAIN_NOT_SUPPORTED.code(), ((Disconnect) last).reasonCode());
        }
    }
}
