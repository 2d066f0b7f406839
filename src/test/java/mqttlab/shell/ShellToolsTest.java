package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** decode, encode and match in the shell: the command line's tools, and `decode last` on the tap. */
class ShellToolsTest {
    private static final ShellOptions EMBEDDED = new ShellOptions(null, null, null, 0, "en", true);

    @Test
    @DisplayName("decode HEX, encode publish, match explain as on the command line")
    void tools() throws Exception {
        ShellDriver.Run r = ShellDriver.run(EMBEDDED, String.join("\n",
                "decode c0 00", "encode publish -t building/125/sensor1/temperature -m 24.8",
                "match '+/+/+' a/b/c/d", "decode zz", "quit", ""));
        assertEquals(0, r.exit());
        assertTrue(r.output().contains("PINGREQ"), r.output());
        assertTrue(r.output().contains("30 26 00 20 62 75 69 6c 64 69 6e 67"), r.output());
        assertTrue(r.output().contains("does not match") || r.output().contains("no match"), r.output());
        assertTrue(r.output().contains("decode: "), r.output());
        assertTrue(!r.output().contains("Exception"), r.output());
    }

    @Test
    @DisplayName("decode last explains the PUBLISH the student just sent, in the session's MQTT version")
    void decodeLast() throws Exception {
        ShellDriver.Run r = ShellDriver.run(EMBEDDED, String.join("\n",
                "decode last", "pub -t lab/x -m hi -q 1", "decode last", "quit", ""));
        // the tap starts as the prompt appears: the default session's CONNECT may or may not have been seen
        assertTrue(r.output().matches("(?s).*The last packet your clients sent: CONNECT from lab-\\d+, \\d+ bytes.*")
                || r.output().contains("No packet from your clients yet"), r.output());
        assertTrue(r.output().matches("(?s).*The last packet your clients sent: PUBLISH from lab-\\d+, 13 bytes.*"), r.output());
        assertTrue(r.output().contains("lab/x"), r.output());
    }
}
