package mqttlab.broker.will;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.ManualClock;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class W01WillTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    RawClient watcher() throws Exception {
        RawClient w = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "watch", true);
        w.sendAndReceive(new Subscribe(1, List.of(new Subscription("building/+/+/status", Qos.AT_MOST_ONCE))));
        return w;
    }

    RawClient sensorWithWill(MqttVersion v, Properties willProps) throws Exception {
        RawClient s = new RawClient(lab.port(), v);
        Will will = new Will("building/125/sensor1/status", bytes("offline"), Qos.AT_LEAST_ONCE, true, willProps);
        Properties connectProps = v.isV5() ? Properties.EMPTY.plus(PropertyId.SESSION_EXPIRY_INTERVAL, 30) : Properties.EMPTY;
        ConnAck ack = (ConnAck) s.sendAndReceive(new Connect(v, "sensor-125-1", true, 60, will, null, null, connectProps));
        assertEquals(0, ack.reasonCode());
        return s;
    }

    @Test
    @DisplayName("The will is published when the connection is lost without DISCONNECT [MQTT-3.1.2-8]")
    void willOnDrop() throws Exception {
        try (RawClient w = watcher()) {
            sensorWithWill(MqttVersion.V3_1_1, Properties.EMPTY).drop();
            Publish got = w.receive(Publish.class);
            assertEquals("offline", got.payloadAsString());
            assertEquals(1, lab.broker().retained().size(), "a retained will is stored");
        }
    }

    @Test
    @DisplayName("A normal DISCONNECT discards the will [MQTT-3.1.2-10]")
    void noWillOnDisconnect() throws Exception {
        try (RawClient w = watcher(); RawClient s = sensorWithWill(MqttVersion.V3_1_1, Properties.EMPTY)) {
            s.send(new Disconnect());
            awaitOffline();
            // the broker answers in order: a will published at the DISCONNECT would arrive before the PINGRESP
            assertInstanceOf(PingResp.class, w.sendAndReceive(new PingReq()), "no will after a normal DISCONNECT");
        }
    }

    @Test
    @DisplayName("5.0 Will Delay Interval: the will waits (session expiry longer), and a reconnect in time cancels it [MQTT-3.1.3-9]")
    void willDelay() throws Exception {
        ManualClock clock = new ManualClock();
        lab.restart("", clock);
        Properties delay = Properties.EMPTY.plus(PropertyId.WILL_DELAY_INTERVAL, 1);
        try (RawClient w = watcher()) {
            sensorWithWill(MqttVersion.V5, delay).drop();
            awaitOffline();
            clock.advance(Duration.ofMillis(900));
            // the broker answers in order: a will sent before the PINGRESP would arrive first
            assertInstanceOf(PingResp.class, w.sendAndReceive(new PingReq()), "no will before the delay");
            clock.advance(Duration.ofMillis(100));
            assertEquals("offline", w.receive(Publish.class).payloadAsString(), "the will, once the delay has passed");
            sensorWithWill(MqttVersion.V5, delay).drop();
            awaitOffline();
            try (RawClient back = RawClient.connect(lab.port(), MqttVersion.V5, "sensor-125-1", true)) {
                clock.advance(Duration.ofSeconds(2));
                assertInstanceOf(PingResp.class, w.sendAndReceive(new PingReq()), "reconnecting within the delay cancels the will");
            }
        }
    }

    /** The broker has seen the sensor's connection end, so its will is pending from now on. */
    private void awaitOffline() {
        Await.until(() -> lab.broker().clients().stream().noneMatch(c -> c.clientId().equals("sensor-125-1") && c.connected()),
                Duration.ofSeconds(10), "the broker still has sensor-125-1 connected");
    }
}
