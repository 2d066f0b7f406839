package mqttlab.broker.net;

import static org.junit.jupiter.api.Assertions.*;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.testsupport.TestBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `protocol websockets`: MQTT over WebSocket for browsers (MQTT 5.0 section 6), next to a plain TCP listener. */
class W01WebSocketTest {

    @Test
    @DisplayName("A client over WebSocket and a client over TCP exchange messages [MQTT-6.0.0-1]")
    void websocketAndTcp() throws Exception {
        try (Broker broker = Broker.start(TestBroker.config("listener 0 127.0.0.1\nprotocol websockets\n"))) {
            int tcp = broker.addresses().get(0).getPort();
            int ws = broker.addresses().get(1).getPort();
            Mqtt3BlockingClient browser = Mqtt3Client.builder().identifier("browser").serverHost("127.0.0.1").serverPort(ws)
                    .webSocketConfig().serverPath("mqtt").applyWebSocketConfig().buildBlocking();
            browser.connect();
            Mqtt3BlockingClient sensor = Mqtt3Client.builder().identifier("sensor").serverHost("127.0.0.1").serverPort(tcp).buildBlocking();
            sensor.connect();
            try (Mqtt3BlockingClient.Mqtt3Publishes inbox = browser.publishes(MqttGlobalPublishFilter.ALL)) {
                browser.subscribeWith().topicFilter("building/#").qos(MqttQos.AT_LEAST_ONCE).send();
                sensor.publishWith().topic("building/125/sensor1/temperature").payload("24.8".getBytes()).qos(MqttQos.AT_LEAST_ONCE).send();
                Mqtt3Publish got = inbox.receive(5, TimeUnit.SECONDS).orElseThrow();
                assertEquals("24.8", new String(got.getPayloadAsBytes()));
            }
            browser.disconnect();
            sensor.disconnect();
        }
    }
}
