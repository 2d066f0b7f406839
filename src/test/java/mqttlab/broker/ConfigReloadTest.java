package mqttlab.broker;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.broker.config.ConfigParser;
import mqttlab.broker.persist.Persistence;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reload (SIGHUP, {@link Broker#reload}) changes besides the password file, ACL and logging
 * that {@link BrokerReloadTest} checks against mosquitto: a file with a mistake changes nothing; a
 * client the new file no longer admits is told why (5.0); a new max_packet_size applies to the
 * connections made after it; new sys_interval and autosave_interval values restart their timers.
 * In process, over real TCP; each reload reads the configuration as the file would now say it.
 */
class ConfigReloadTest {
    @RegisterExtension
    final TestBrokerExtension lab = TestBrokerExtension.startedByEachTest();
    private static final String BASE = "listener 0 127.0.0.1\nallow_anonymous true\nlog_type all\nlog_dest none\nsys_interval 0\n";

    @TempDir Path dir;
    final List<String> log = new CopyOnWriteArrayList<>();

    void start(String extra) throws Exception {
        start(extra, java.time.Clock.systemUTC());
    }

    /** On a {@link ManualClock}, for the timers: the test moves time on instead of waiting for it. */
    void start(String extra, java.time.Clock clock) throws Exception {
        lab.restart(ConfigParser.parse(BASE + extra, Path.of("test.conf")), clock);
        lab.broker().log().addListener(log::add);
    }

    boolean reload(String extra) {
        return lab.broker().reload(() -> ConfigParser.parse(BASE + extra, Path.of("test.conf")));
    }

    static ConnAck connectV5(RawClient c, String id) throws Exception {
        return (ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, id, true, 60));
    }

    @Test
    @DisplayName("A new file with a mistake: the error is logged and the configuration in force stays, max_packet_size included")
    void badFileKeepsConfiguration() throws Exception {
        start("max_packet_size 1000\n");
        assertFalse(reload("max_packet_size 5\n"), "max_packet_size 5 is below mosquitto's minimum of 20");
        assertTrue(log.stream().anyMatch(l -> l.endsWith("Reloading config.")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("Error: test.conf:") && l.contains("max_packet_size")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("the configuration in force before the reload stays")), log.toString());
        assertEquals(1000, lab.broker().config().maxPacketSize());
        try (RawClient c = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            assertEquals(1000, connectV5(c, "after").properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(-1),
                    "a new client is still told 1000");
        }
    }

    @Test
    @DisplayName("A client the new file no longer admits: 5.0 DISCONNECT 0x87 Not authorized, 3.1.1 closed [MQTT-3.14.2-1]")
    void dismissedClientToldWhy() throws Exception {
        start("");
        try (RawClient v5 = RawClient.connect(lab.broker().port(), MqttVersion.V5, "anon5", true);
             RawClient v3 = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "anon3", true)) {
            assertTrue(reload("allow_anonymous false\n"));
            Disconnect d = assertInstanceOf(Disconnect.class, v5.lastBeforeClose(3000));
            assertEquals(ReasonCode.NOT_AUTHORIZED.code(), d.reasonCode());
            assertTrue(v3.closedWithin(3000), "3.1.1 has no server DISCONNECT: the socket is closed");
        }
        Await.until(() -> log.stream().anyMatch(l -> l.endsWith("Client anon5 disconnected.")), Duration.ofSeconds(5), log::toString);
    }

    @Test
    @DisplayName("A new max_packet_size applies to connections made after the reload; an older one keeps what its CONNACK said [MQTT-3.2.2-15]")
    void maxPacketSizeForNewConnections() throws Exception {
        start("max_packet_size 1000\n");
        try (RawClient before = new RawClient(lab.broker().port(), MqttVersion.V5)) {
            assertEquals(1000, connectV5(before, "before").properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(-1));
            assertTrue(reload("max_packet_size 2000\n"));
            try (RawClient after = new RawClient(lab.broker().port(), MqttVersion.V5)) {
                assertEquals(2000, connectV5(after, "after").properties().number(PropertyId.MAXIMUM_PACKET_SIZE).orElse(-1));
                assertInstanceOf(PubAck.class, after.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "t", 1, new byte[1500])),
                        "1,500 bytes fit the new limit");
            }
            before.send(new Publish(Qos.AT_LEAST_ONCE, false, "t", 1, new byte[1500]));
            Disconnect d = assertInstanceOf(Disconnect.class, before.lastBeforeClose(3000));
            assertEquals(ReasonCode.PACKET_TOO_LARGE.code(), d.reasonCode());
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("max_packet_size is 1000")), "the log names the limit that client had: " + log);
    }

    @Test
    @DisplayName("A new sys_interval restarts the $SYS updates; 0 stops them")
    void sysInterval() throws Exception {
        ManualClock clock = new ManualClock();
        start("", clock);
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "sys", true)) {
            c.sendAndReceive(new Subscribe(1, List.of(new Subscription("$SYS/broker/uptime", Qos.AT_MOST_ONCE, false, false, 0)), Properties.EMPTY));
            clock.advance(Duration.ofSeconds(2));
            // the broker answers in order: a $SYS update sent before the PINGRESP would arrive first
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()), "sys_interval 0: no $SYS");
            assertTrue(reload("sys_interval 1\n"));
            Publish first = c.receive(Publish.class);
            clock.advance(Duration.ofSeconds(1));
            Publish second = c.receive(Publish.class);
            assertEquals("$SYS/broker/uptime", first.topic());
            assertEquals("2 seconds", new String(first.payload()), "the first update at once");
            assertEquals("3 seconds", new String(second.payload()), "updated every second");
            assertTrue(reload("sys_interval 0\n"));
            clock.advance(Duration.ofSeconds(3));
            assertInstanceOf(PingResp.class, c.sendAndReceive(new PingReq()), "sys_interval 0 again: no more $SYS");
        }
    }

    @Test
    @DisplayName("A new autosave_interval restarts the autosave timer: the file is written without a shutdown")
    void autosaveInterval() throws Exception {
        ManualClock clock = new ManualClock();
        start("persistence true\npersistence_location " + dir + "/\nautosave_interval 3600\n", clock);
        Path file = Persistence.fileOf(lab.broker().config());
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "keeper", false)) {
            c.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, true, "kept", 1, new byte[] {'k'}));
        }
        clock.advance(Duration.ofMinutes(59));
        assertFalse(Files.exists(file), "autosave_interval 3600: nothing saved yet");
        assertTrue(reload("persistence true\npersistence_location " + dir + "/\nautosave_interval 1\n"));
        clock.advance(Duration.ofSeconds(1));
        Await.until(() -> Files.exists(file), Duration.ofSeconds(10), "the autosave file " + file);
    }
}
