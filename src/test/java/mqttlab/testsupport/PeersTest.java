package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PeersTest {

    @Test
    void aMissingPeerSkipsOrFailsUnderMqttlabRequirePeers() {
        Class<? extends Throwable> expected = Peers.required() ? AssertionFailedError.class : TestAbortedException.class;
        Throwable t = assertThrows(expected, () -> Peers.require("mqttlab-no-such-peer-xyz"));
        assertTrue(t.getMessage().contains("mqttlab-no-such-peer-xyz is not installed"), t.getMessage());
    }

    @Test
    void findsAnInstalledCommand() {
        assertTrue(Peers.require("sh").toString().endsWith("/sh"));
    }
}
