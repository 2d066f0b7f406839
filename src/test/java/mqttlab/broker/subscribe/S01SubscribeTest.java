package mqttlab.broker.subscribe;

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

class S01SubscribeTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    @DisplayName("An invalid filter gets 0x80 in SUBACK and the connection stays [MQTT-3.9.3-2]")
    void invalidFilter() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "bad", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(new Subscribe(1, List.of(
                    new Subscription("a+/c/d", Qos.AT_MOST_ONCE), new Subscription("a/+/c/#", Qos.AT_LEAST_ONCE))));
            assertEquals(List.of(0x80, 1), ack.reasonCodes());
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()));
        }
    }

    @Test
    @DisplayName("5.0: an invalid filter gets 0x8F Topic Filter invalid")
    void invalidFilterV5() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "bad5", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(new Subscribe(1, List.of(new Subscription("a/#/b", Qos.AT_MOST_ONCE))));
            assertEquals(List.of(0x8F), ack.reasonCodes());
        }
    }

    @Test
    @DisplayName("Overlapping subscriptions deliver one copy at the highest QoS [MQTT-3.3.5-1]")
    void overlapping() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "ov", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "ovp", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/#", Qos.AT_MOST_ONCE),
                    new Subscription("building/125/+/temperature", Qos.AT_LEAST_ONCE))));
            pub.send(new Publish(Qos.AT_LEAST_ONCE, false, "building/125/sensor1/temperature", 1, bytes("24.8")));
            Publish got = sub.receive(Publish.class);
            assertEquals(Qos.AT_LEAST_ONCE, got.qos());
            sub.send(new PubAck(got.packetId()));
            assertTrue(sub.silentFor(300), "only one copy");
        }
    }

    @Test
    @DisplayName("UNSUBSCRIBE stops delivery and is answered with UNSUBACK [MQTT-3.10.4-4]")
    void unsubscribe() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "un", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "unp", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("t", Qos.AT_MOST_ONCE))));
            assertEquals(2, ((UnsubAck) sub.sendAndReceive(new Unsubscribe(2, List.of("t")))).packetId());
            pub.send(new Publish(Qos.AT_MOST_ONCE, false, "t", 0, bytes("x")));
            assertTrue(sub.silentFor(300));
        }
    }

    @Test
    @DisplayName("Wildcards at the first level do not match $SYS topics [MQTT-4.7.2-1]")
    void dollarTopics() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("sys_interval 1\n", clock);
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "all", true);
             RawClient sys = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "sys", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("#", Qos.AT_MOST_ONCE))));
            sys.sendAndReceive(new Subscribe(1, List.of(new Subscription("$SYS/broker/version", Qos.AT_MOST_ONCE))));
            Publish v = sys.receive(Publish.class);
            assertTrue(v.retain(), "$SYS values are retained");
            clock.advance(Duration.ofSeconds(2)); // two more $SYS updates
            // the broker answers in order: a $SYS message sent to # before the PINGRESP would arrive first
            assertInstanceOf(PingResp.class, sub.sendAndReceive(new PingReq()), "# sees no $SYS topic");
        }
    }

    @Test
    @DisplayName("5.0 no local: a client does not receive its own messages [MQTT-3.8.3-3]")
    void noLocal() throws Exception {
        try (RawClient c = RawClient.connect(lab.port(), MqttVersion.V5, "nl", true)) {
            c.sendAndReceive(new Subscribe(1, List.of(new Subscription("echo", Qos.AT_MOST_ONCE, true, false, 0))));
            c.send(new Publish(Qos.AT_MOST_ONCE, false, "echo", 0, bytes("me")));
            assertTrue(c.silentFor(300));
        }
    }

    @Test
    @DisplayName("5.0 subscription identifiers are sent with matching messages [MQTT-3.3.4-3]")
    void subscriptionIdentifier() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V5, "sid", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "sidp", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("a/+", Qos.AT_MOST_ONCE)),
                    Properties.EMPTY.plus(PropertyId.SUBSCRIPTION_IDENTIFIER, 42)));
            pub.send(new Publish(Qos.AT_MOST_ONCE, false, "a/b", 0, bytes("x")));
            assertEquals(List.of(42L), sub.receive(Publish.class).properties().all(PropertyId.SUBSCRIPTION_IDENTIFIER));
        }
    }

    @Test
    @DisplayName("5.0 shared subscriptions: each message goes to one member of the group (MQTT 5.0 4.8.2)")
    void shared() throws Exception {
        try (RawClient a = RawClient.connect(lab.port(), MqttVersion.V5, "ga", true);
             RawClient b = RawClient.connect(lab.port(), MqttVersion.V5, "gb", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "gp", true)) {
            a.sendAndReceive(new Subscribe(1, List.of(new Subscription("$share/g/jobs", Qos.AT_MOST_ONCE))));
            b.sendAndReceive(new Subscribe(1, List.of(new Subscription("$share/g/jobs", Qos.AT_MOST_ONCE))));
            for (int i = 0; i < 4; i++) pub.send(new Publish(Qos.AT_MOST_ONCE, false, "jobs", 0, bytes("" + i)));
            int got = 0;
            for (RawClient c : List.of(a, b)) {
                try {
                    while (true) { c.receive(Publish.class); got++; }
                } catch (java.net.SocketTimeoutException e) { /* drained */ }
            }
            assertEquals(4, got, "each message delivered once in the group");
        }
    }

    @Test
    @DisplayName("5.0 topic alias: a PUBLISH with an empty topic and a known alias is routed (MQTT 5.0 3.3.2.3.4)")
    void topicAlias() throws Exception {
        try (RawClient sub = RawClient.connect(lab.port(), MqttVersion.V5, "tas", true);
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "tap", true)) {
            sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/101/ac/set", Qos.AT_MOST_ONCE))));
            Properties alias = Properties.EMPTY.plus(PropertyId.TOPIC_ALIAS, 1);
            pub.send(new Publish(false, Qos.AT_MOST_ONCE, false, "building/101/ac/set", 0, bytes("ON"), alias));
            pub.send(new Publish(false, Qos.AT_MOST_ONCE, false, "", 0, bytes("OFF"), alias));
            assertEquals("ON", sub.receive(Publish.class).payloadAsString());
            Publish second = sub.receive(Publish.class);
            assertEquals("building/101/ac/set", second.topic());
            assertEquals("OFF", second.payloadAsString());
        }
    }
}
