package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `tree` is live, as the building is: a message published while it is shown changes it in place; a key stops it. */
class TreeLiveScreenTest {
    @Test
    @DisplayName("tree redraws when a program publishes, in place, and any key gives the prompt back")
    void treeIsLive() throws Exception {
        var pub = Peers.require("mosquitto_pub");
        try (TmuxScreen lab = TmuxScreen.start("en", 100, 40, "tmux-256color", "--no-building")) {
            lab.waitForPrompt("lab>");
            lab.line("pub -t lab/owl/temp -m 20.5 -r");
            lab.waitFor(s -> s.contains("published to lab/owl/temp"), "the first publish");
            lab.line("tree");
            lab.waitFor(s -> s.contains("temp = 20.5"), "the tree with the first value");
            lab.waitFor(s -> s.contains("press any key to stop"), "the live view's hint");

            Process p = new ProcessBuilder(pub.toString(), "-h", "127.0.0.1", "-p", String.valueOf(lab.port()),
                    "-t", "lab/owl/temp", "-m", "21.75").redirectErrorStream(true).start();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "mosquitto_pub finished");
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
            String live = lab.waitFor(s -> s.contains("temp = 21.75"), "the tree redrawn with the program's value");
            assertFalse(TmuxScreen.after(live, "lab> tree").contains("temp = 20.5"), "redrawn in place, not printed again:\n" + live);

            lab.keys("q");
            String after = lab.waitForPrompt("lab>");
            assertFalse(TmuxScreen.after(after, "lab> tree").contains("press any key"), "the hint goes when the view stops:\n" + after);
            lab.line("pub -t lab/owl/temp -m 22 -r");
            lab.waitFor(s -> s.contains("published to lab/owl/temp (QoS 0"), "the shell takes commands again");
        }
    }
}
