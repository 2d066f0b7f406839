package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shell on its embedded broker: the broker-inside commands, and the port-taken message. */
class EmbeddedShellTest {

    @BeforeEach
    void needsTheBroker() {
        try (Broker b = Broker.start(BrokerConfig.defaults().withDefaultPort(0))) {
            b.port();
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("the embedded broker is not implemented yet (mqttlab.broker.Broker is a stub)");
        }
    }

    private static ShellOptions embedded(int port) {
        return new ShellOptions(null, null, null, port, "en", true);
    }

    @Test
    @DisplayName("port taken: say so plainly and offer --port N or --broker tcp://127.0.0.1:N")
    void portTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            ShellDriver.Run r = ShellDriver.run(embedded(port), "quit\n");
            assertEquals(1, r.exit());
            assertTrue(r.output().contains("Port " + port + " is already in use"), r.output());
            assertTrue(r.output().contains("mqttlab --port " + (port + 1)), r.output());
            assertTrue(r.output().contains("mqttlab --broker tcp://127.0.0.1:" + port), r.output());
        }
    }

    @Test
    @DisplayName("trace last draws the QoS 2 handshake; tree, clients, subscriptions, retained, stats, fault, log work")
    void brokerInsides() throws Exception {
        String script = String.join("\n",
                "sub -t test -q 2",
                "pub -t test -m hi -q 2",
                "pub -t building/125/ac/state -m ON -r -q 1",
                "sleep 0.3",
                "trace last 2",
                "tree",
                "clients",
                "subscriptions",
                "retained",
                "stats",
                "fault drop puback to lab",
                "fault list",
                "fault clear",
                "log on",
                "pub -t test -m logged",
                "log off",
                "quit", "");
        ShellDriver.Run r = ShellDriver.run(embedded(0), script);
        String out = r.output();
        assertEquals(0, r.exit(), out);
        assertTrue(out.contains("MQTT Lab — broker on 127.0.0.1:"), out);
        assertTrue(out.contains("\ntest hi\n"), out);
        for (String s : new String[] {"PUBLISH q2", "PUBREC", "PUBREL", "PUBCOMP", "broker"}) assertTrue(out.contains(s), s + " in\n" + out);
        assertTrue(out.contains("state = ON"), out);
        assertTrue(out.contains("[retained]"), out);
        assertTrue(out.contains("The broker will silently drop the next PUBACK it sends to lab."), out);
        assertTrue(out.contains("Received PUBLISH from"), out);
        assertTrue(out.contains("broker stopped"), out);
        assertFalse(out.contains("Exception"), out);
    }
}
