package mqttlab.shell.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import mqttlab.broker.Broker;
import mqttlab.broker.config.ConfigParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `probe PORT` finds the broker a student started in a second terminal, as lesson 11 asks. */
class BrokerProbeTest {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { return s.getLocalPort(); }
    }

    private static Broker broker(String conf) throws Exception {
        return Broker.start(ConfigParser.parse(conf + "\nallow_anonymous true\nsys_interval 1\nlog_dest none\n", Path.of("test.conf")));
    }

    @Test
    @DisplayName("nothing on the port: not answered, with the reason")
    void nothing() throws Exception {
        ProbeReport r = BrokerProbe.probe("127.0.0.1", freePort());
        assertFalse(r.answered());
        assertTrue(r.failure() != null && !r.failure().isBlank());
    }

    @Test
    @DisplayName("a local-only broker answers on loopback, is refused from this machine's network address, and names itself in $SYS")
    void localOnly() throws Exception {
        int port = freePort();
        Broker b = broker("listener " + port + " 127.0.0.1");
        try {
            ProbeReport r = BrokerProbe.probe("127.0.0.1", port);
            assertTrue(r.answered(), r.failure());
            assertEquals(Optional.of(mqttlab.broker.sys.SysTopics.VERSION), r.version());
            assertEquals(BrokerProbe.ownAddress().isPresent() ? Optional.of(false) : Optional.empty(), r.remote());
        } finally {
            b.stop();
        }
    }

    @Test
    @DisplayName("with `listener PORT 0.0.0.0` (the lecture's test.conf) it is reachable from other machines, and counts a client's PUBLISH")
    void everyInterface() throws Exception {
        assumeTrue(BrokerProbe.ownAddress().isPresent(), "this machine has no network address but loopback");
        int port = freePort();
        Broker b = broker("listener " + port + " 0.0.0.0");
        try {
            // a client's PUBLISH at QoS 0, written by hand: CONNECT (clean, id "p"), PUBLISH test "hello world", DISCONNECT
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.getOutputStream().write(new byte[] {0x10, 13, 0, 4, 'M', 'Q', 'T', 'T', 4, 2, 0, 60, 0, 1, 'p'});
                s.getInputStream().readNBytes(4);
                byte[] pub = {0x30, 17, 0, 4, 't', 'e', 's', 't', 'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'};
                s.getOutputStream().write(pub);
                s.getOutputStream().write(new byte[] {(byte) 0xE0, 0});
            }
            long deadline = System.currentTimeMillis() + 5_000;
            ProbeReport r;
            do {
                r = BrokerProbe.probe("127.0.0.1", port);
            } while (r.publishesReceived().orElse(0) < 1 && System.currentTimeMillis() < deadline);
            assertTrue(r.answered(), r.failure());
            assertEquals(Optional.of(true), r.remote());
            assertTrue(r.publishesReceived().orElse(0) >= 1, "$SYS counts the PUBLISH: " + r);
        } finally {
            b.stop();
        }
    }

    @Test
    @DisplayName("against real mosquitto -p PORT: it answers, says `mosquitto version`, and is local only")
    void realMosquitto() throws Exception {
        assumeTrue(new java.io.File("/usr/sbin/mosquitto").canExecute(), "mosquitto is not installed");
        int port = freePort();
        Process m = new ProcessBuilder("/usr/sbin/mosquitto", "-p", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            ProbeReport[] last = {null};
            ProbeReport r = mqttlab.testsupport.Await.value(() -> {
                last[0] = BrokerProbe.probe("127.0.0.1", port);
                return last[0].answered() ? last[0] : null;
            }, java.time.Duration.ofSeconds(5), () -> "mosquitto answering the probe: " + (last[0] == null ? "" : last[0].failure()));
            assertTrue(r.version().orElse("").startsWith("mosquitto version"), r.toString());
            assertEquals(BrokerProbe.ownAddress().isPresent() ? Optional.of(false) : Optional.empty(), r.remote());
        } finally {
            m.destroy();
            m.waitFor();
        }
    }
}
