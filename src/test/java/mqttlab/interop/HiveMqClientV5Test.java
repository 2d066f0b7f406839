package mqttlab.interop;

import static org.junit.jupiter.api.Assertions.*;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.ManualClock;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** hivemq-mqtt-client's MQTT 5 features against the lab broker: properties pass through, expiry, topic alias. */
class HiveMqClientV5Test {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    Mqtt5BlockingClient client(String id) {
        Mqtt5BlockingClient c = Mqtt5Client.builder().identifier(id).serverHost("127.0.0.1").serverPort(lab.port())
                .buildBlocking();
        c.connect();
        return c;
    }

    @Test
    @DisplayName("User properties, content type, response topic and correlation data are passed through [MQTT-3.3.2-17..20]")
    void propertiesPassThrough() throws Exception {
        Mqtt5BlockingClient sub = client("v5sub");
        Mqtt5BlockingClient pub = client("v5pub");
        try (Mqtt5BlockingClient.Mqtt5Publishes publishes = sub.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
            sub.subscribeWith().topicFilter("req/#").qos(MqttQos.AT_LEAST_ONCE).send();
            pub.publishWith().topic("req/temp").qos(MqttQos.AT_LEAST_ONCE).payload("24.8".getBytes(StandardCharsets.UTF_8))
                    .contentType("text/plain").responseTopic("resp/temp").correlationData("42".getBytes())
                    .userProperties().add("unit", "celsius").applyUserProperties()
                    .messageExpiryInterval(120).send();
            Optional<Mqtt5Publish> got = publishes.receive(5, TimeUnit.SECONDS);
            assertTrue(got.isPresent());
            Mqtt5Publish p = got.get();
            assertEquals("text/plain", p.getContentType().orElseThrow().toString());
            assertEquals("resp/temp", p.getResponseTopic().orElseThrow().toString());
            assertEquals("celsius", p.getUserProperties().asList().get(0).getValue().toString());
            assertTrue(p.getMessageExpiryInterval().orElseThrow() <= 120);
        }
        sub.disconnect();
        pub.disconnect();
    }

    @Test
    @DisplayName("An expired message is not delivered to a session that comes back later [MQTT-3.3.2-5]")
    void messageExpiry() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("", clock);
        Mqtt5BlockingClient sub = Mqtt5Client.builder().identifier("exp").serverHost("127.0.0.1").serverPort(lab.port()).buildBlocking();
        sub.connectWith().cleanStart(true).sessionExpiryInterval(60).send();
        sub.subscribeWith().topicFilter("e").qos(MqttQos.AT_LEAST_ONCE).send();
        sub.disconnect();
        Mqtt5BlockingClient pub = client("exp-pub");
        pub.publishWith().topic("e").qos(MqttQos.AT_LEAST_ONCE).payload("soon gone".getBytes()).messageExpiryInterval(1).send();
        pub.publishWith().topic("e").qos(MqttQos.AT_LEAST_ONCE).payload("kept".getBytes()).send();
        clock.advance(Duration.ofSeconds(2)); // past the 1 s expiry interval; both PUBACKs came, so both are queued
        try (Mqtt5BlockingClient.Mqtt5Publishes publishes = sub.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
            sub.connectWith().cleanStart(false).sessionExpiryInterval(60).send();
            Mqtt5Publish first = publishes.receive(5, TimeUnit.SECONDS).orElseThrow();
            assertEquals("kept", new String(first.getPayloadAsBytes()));
        }
        sub.disconnect();
        pub.disconnect();
    }
}
