package mqttlab.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.testsupport.TestCa;
import mqttlab.testsupport.RawClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `mqtts://` upstream: mosquitto with a TLS listener whose certificate a CA made at test time signed. */
@Timeout(90)
class RelayTlsTest {

    @Test
    @DisplayName("mqtts:// with --cafile: plain MQTT on the relay's side, TLS to mosquitto; a broker signed by another CA is refused in one line")
    void tlsUpstream(@TempDir Path tmp) throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        TestCa ca = TestCa.make(tmp.resolve("ca"));
        TestCa other = TestCa.make(tmp.resolve("other"));
        try (MosquittoProcess mosquitto = MosquittoProcess.start(ca.listenerConfig().toArray(String[]::new))) {
            String url = "mqtts://127.0.0.1:" + mosquitto.port();
            java.util.List<TapEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (Relay relay = Relay.start(Upstream.parse(url, ca.caCert()), 0, BrokerLog.silent(), Clock.systemUTC(), null, null);
                 RawClient c = RawClient.connect(relay.port(), MqttVersion.V3_1_1, "tls1", true)) {
                relay.tap().listen(seen::add);
                assertTrue(relay.link().up(), relay.link().reason());
                SubAck a = (SubAck) c.sendAndReceive(new Subscribe(1, List.of(new Subscription("secure/#", Qos.AT_LEAST_ONCE))));
                assertEquals(List.of(1), a.reasonCodes());
                c.send(new Publish(Qos.AT_MOST_ONCE, false, "secure/x", 0, "over tls".getBytes()));
                Publish back = c.receive(Publish.class);
                assertEquals("over tls", back.payloadAsString());
                assertTrue(seen.stream().anyMatch(e -> e.direction() == Direction.OUT && e.packet() instanceof Publish), "traced");
            }
            assertTrue(mosquitto.log().contains("New client connected from 127.0.0.1"), mosquitto.log());
            try (Relay wrong = Relay.start(Upstream.parse(url, other.caCert()), 0, BrokerLog.silent(), Clock.systemUTC(), null, null);
                 RawClient c = new RawClient(wrong.port(), MqttVersion.V3_1_1)) {
                c.send(new mqttlab.protocol.packet.Connect(MqttVersion.V3_1_1, "tls2", true, 60));
                assertEquals(3, c.receive(ConnAck.class).reasonCode());   // Server unavailable (3.2.2.3)
                RelayTest.await(() -> !wrong.link().up(), "the link to say TLS refused the broker");
                String why = wrong.link().reason();
                assertTrue(why.contains("certif") || why.contains("PKIX"), why);
                assertFalse(why.contains("\n"), why);
            }
        }
    }
}
