package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte vectors from a real peer: Debian's mosquitto_pub and mosquitto_sub talk to a capturing listener; the decoder must read every field. */
class MosquittoPeerVectorsTest {

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + cmd);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), cmd + " said: " + out);
        return out;
    }

    static <T extends Packet> T only(List<CapturingServer.Captured> got, Class<T> type) {
        List<T> l = got.stream().map(CapturingServer.Captured::packet).filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, l.size(), "one " + type.getSimpleName() + " in " + got);
        return l.get(0);
    }

    static String explain(List<CapturingServer.Captured> got, MqttVersion v) {
        StringBuilder sb = new StringBuilder();
        for (CapturingServer.Captured c : got) sb.append(ExplanationText.table(List.of(Explanation.of(c.bytes(), v)), 80));
        return sb.toString();
    }

    @ParameterizedTest(name = "mosquitto_pub -V {0} -q {1}")
    @CsvSource({"311, 0", "311, 1", "311, 2", "5, 0", "5, 1", "5, 2"})
    @DisplayName("mosquitto_pub's CONNECT (will, user name, password) and PUBLISH decode field by field")
    void mosquittoPub(String version, int qos) throws Exception {
        Path pub = Peers.require("mosquitto_pub");
        boolean v5 = version.equals("5");
        try (CapturingServer server = new CapturingServer("unused", new byte[0])) {
            List<String> cmd = new ArrayList<>(List.of(pub.toString(), "-h", "127.0.0.1", "-p", Integer.toString(server.port()), "-V", version,
                    "-i", "pub-" + version + "-" + qos, "-k", "30", "-q", Integer.toString(qos), "-r", "-t", "building/125/ac/set", "-m", "ON 온",
                    "-u", "student", "-P", "secret", "--will-topic", "building/125/ac/state", "--will-payload", "lost", "--will-qos", "1", "--will-retain"));
            if (v5) cmd.addAll(List.of("-D", "connect", "session-expiry-interval", "60", "-D", "publish", "user-property", "lab", "mqtt",
                    "-D", "publish", "message-expiry-interval", "30"));
            run(cmd);
            List<CapturingServer.Captured> got = server.packets(10);
            MqttVersion expected = v5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
            String why = explain(got, expected);

            Connect c = only(got, Connect.class);
            assertEquals(expected, c.version(), why);
            assertEquals("pub-" + version + "-" + qos, c.clientId());
            assertEquals(30, c.keepAlive());
            assertTrue(c.cleanStart());
            assertEquals("student", c.username());
            assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), c.password());
            Will w = c.will();
            assertNotNull(w, why);
            assertEquals("building/125/ac/state", w.topic());
            assertEquals("lost", new String(w.payload(), StandardCharsets.UTF_8));
            assertEquals(Qos.AT_LEAST_ONCE, w.qos());
            assertTrue(w.retain());
            if (v5) assertEquals(60L, c.properties().number(PropertyId.SESSION_EXPIRY_INTERVAL).orElseThrow(), why);

            Publish p = only(got, Publish.class);
            assertEquals("building/125/ac/set", p.topic());
            assertEquals("ON 온", p.payloadAsString());
            assertEquals(Qos.of(qos), p.qos());
            assertTrue(p.retain());
            assertFalse(p.dup());
            if (qos > 0) assertTrue(p.packetId() > 0); else assertEquals(0, p.packetId());
            if (v5) {
                assertEquals(List.of(new UserProperty("lab", "mqtt")), p.properties().userProperties(), why);
                assertEquals(30L, p.properties().number(PropertyId.MESSAGE_EXPIRY_INTERVAL).orElseThrow(), why);
            }
            if (qos == 2) assertEquals(p.packetId(), only(got, PubRel.class).packetId());
            assertInstanceOf(Disconnect.class, got.get(got.size() - 1).packet());
            for (CapturingServer.Captured cap : got) assertTrue(Explanation.of(cap.bytes(), expected).ok(), why);
        }
    }

    @ParameterizedTest(name = "mosquitto_sub -V {0} -q {1}")
    @CsvSource({"311, 0", "311, 1", "5, 2"})
    @DisplayName("mosquitto_sub's SUBSCRIBE decodes, and it prints the PUBLISH our encoder sends it")
    void mosquittoSub(String version, int qos) throws Exception {
        Path sub = Peers.require("mosquitto_sub");
        boolean v5 = version.equals("5");
        try (CapturingServer server = new CapturingServer("building/125/sensor1/temperature", "24.8".getBytes(StandardCharsets.UTF_8))) {
            List<String> cmd = new ArrayList<>(List.of(sub.toString(), "-h", "127.0.0.1", "-p", Integer.toString(server.port()), "-V", version,
                    "-i", "sub-" + version, "-q", Integer.toString(qos), "-t", "building/+/+/temperature", "-t", "building/#", "-C", "1", "-v", "-W", "10"));
            if (v5) cmd.addAll(List.of("-D", "subscribe", "user-property", "who", "me"));
            String out = run(cmd);
            assertEquals("building/125/sensor1/temperature 24.8", out.strip());
            List<CapturingServer.Captured> got = server.packets(10);
            MqttVersion expected = v5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
            String why = explain(got, expected);
            assertEquals(expected, only(got, Connect.class).version());
            List<Subscription> subs = new ArrayList<>();
            for (CapturingServer.Captured c : got) if (c.packet() instanceof Subscribe s) {
                assertTrue(s.packetId() > 0);
                subs.addAll(s.subscriptions());
                if (v5) assertEquals(List.of(new UserProperty("who", "me")), s.properties().userProperties(), why);
            }
            assertEquals(List.of("building/+/+/temperature", "building/#"), subs.stream().map(Subscription::filter).toList(), why);
            for (Subscription s : subs) assertEquals(Qos.of(qos), s.qos());
        }
    }
}
