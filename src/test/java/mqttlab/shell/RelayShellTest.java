package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.lessons.LiveShell;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 15: `mqttlab --broker URL` on Debian's mosquitto 2.0.11, through the lab's relay. The teaching
 * tools that needed the embedded broker work; what the broker does differently is explained; the link
 * to the broker going down and coming back is said above the prompt.
 */
@Timeout(120)
class RelayShellTest {

    @Test
    @DisplayName("trace last draws the QoS 2 handshake, fault drop puback drops it before mosquitto, the log reads like mosquitto -v")
    void teachingToolsOnMosquitto() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            String url = "tcp://127.0.0.1:" + mosquitto.port();
            String script = String.join("\n",
                    "sub -t test -q 2",
                    "pub -t test -m hi -q 2",
                    "sleep 0.3",
                    "trace last 2",
                    "decode last",
                    "log on",
                    "fault drop puback from *",
                    "sub -t f/# -q 1",
                    "pub -t f/1 -m once -q 1",
                    "sleep 0.5",
                    "log off",
                    "clients",
                    "subscriptions",
                    "quit", "");
            ShellDriver.Run r = ShellDriver.run(new ShellOptions(url, null, null, 0, "en", true), script);
            String out = r.output();
            assertEquals(0, r.exit(), out);
            assertTrue(out.contains("MQTT Lab — relay on 127.0.0.1:"), out);
            assertTrue(out.contains("in front of the broker " + url), out);
            for (String s : new String[] {"PUBLISH q2", "PUBREC", "PUBREL", "PUBCOMP"}) assertTrue(out.contains(s), s + " in\n" + out);
            assertTrue(out.contains("The last packet your clients sent: PUBLISH"), out);   // decode last, from the relay's tap
            assertTrue(out.matches("(?s).*Received PUBLISH from lab-\\d+ \\(d0, q1, r0, m\\d+, 'f/1', \\.\\.\\. \\(4 bytes\\)\\).*"), out);
            assertTrue(out.matches("(?s).*Fault: dropped PUBACK from lab-\\d+\\..*"), out);
            assertTrue(out.contains("\nf/1 once\n"), out);
            // the PUBACK the relay dropped never reached mosquitto; the publisher's own PUBACK came back from it
            assertTrue(mosquitto.log().contains("Sending PUBLISH to lab-"), mosquitto.log());
            assertFalse(mosquitto.log().matches("(?s).*Received PUBACK from lab-\\d+.*"), mosquitto.log());
            assertTrue(out.contains("Not the broker's own list: what the relay in front of " + url + " saw pass"), out);
            assertTrue(out.matches("(?s).*lab-\\d+\\s+f/#\\s+1.*"), out);   // subscriptions as the SUBACK granted them
            assertFalse(out.contains("needs the embedded broker"), out);
            assertFalse(out.contains("Exception"), out);
        }
    }

    @Test
    @DisplayName("in Korean: a SUBACK granting QoS 1 for QoS 2 is explained; the broker going away and coming back is said above the prompt")
    void differencesAndTheLink() throws Exception {
        MosquittoProcess mosquitto = MosquittoProcess.start("max_qos 1");   // grants at most QoS 1, as RabbitMQ 3.10 does
        int port = mosquitto.port();
        String url = "tcp://127.0.0.1:" + port;
        try (LiveShell shell = new LiveShell("ko", url)) {
            assertTrue(shell.screen().contains(Text.in("ko", "shell.banner.relay", "127.0.0.1:", url).split("127.0.0.1:")[0]), shell.screen());
            int mark = shell.mark();
            shell.type("sub -t cls/# -q 2");   // the shell's own sub explains it itself (BrokerQuirks)
            // a student's program through the relay: the relay explains what its SUBACK granted
            int relayPort = java.util.regex.Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(shell.screen()).results()
                    .map(m -> Integer.parseInt(m.group(1))).filter(p -> p != port).findFirst().orElseThrow();
            Process program = new ProcessBuilder(mqttlab.testsupport.Peers.require("mosquitto_sub").toString(), "-p", String.valueOf(relayPort),
                    "-i", "prog7", "-t", "cls/#", "-q", "2", "-E").redirectErrorStream(true).start();
            assertTrue(program.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
            LiveShell.await(() -> shell.since(mark).contains("prog7") && shell.since(mark).contains("3.8.4"), 10_000,
                    "the explanation of the program's SUBACK:\n" + shell.screen());
            String said = shell.since(mark);
            assertTrue(said.contains("'cls/#'") && said.contains("QoS 2") && said.contains("QoS 1") && said.contains("RabbitMQ"), said);
            assertTrue(said.contains("참고:"), said);   // in the student's language
            int down = shell.mark();
            mosquitto.close();
            String lost = Text.in("ko", "shell.relay.link.down", url, "X", 2).split("X")[0];
            LiveShell.await(() -> shell.since(down).contains(lost), 15_000, "the link down above the prompt:\n" + shell.screen());
            mosquitto = MosquittoProcess.startOn(port);
            String back = Text.in("ko", "shell.relay.link.up", url);
            LiveShell.await(() -> shell.since(down).contains(back), 15_000, "the link back above the prompt:\n" + shell.screen());
            String published = shell.type("pub -t cls/x -m back -i again");
            assertTrue(published.contains("cls/x"), published);
            // the shell's own session came back by itself, with its subscription
            String again = Text.in("ko", "shell.session.back.subs", "lab", "cls/#");
            LiveShell.await(() -> shell.since(down).contains(again), 15_000, "the session back above the prompt:\n" + shell.screen());
            int after = shell.mark();
            shell.type("pub -t cls/y -m 다시");
            LiveShell.await(() -> shell.since(after).contains("cls/y 다시"), 10_000, "the session's own subscription again:\n" + shell.screen());
            assertFalse(shell.screen().contains("Exception"), shell.screen());
        } finally {
            mosquitto.close();
        }
    }

    @Test
    @DisplayName("the shell's own sessions reconnect when the broker comes back, subscriptions and all; the drop and the return are said above the prompt")
    void sessionsComeBack() throws Exception {
        MosquittoProcess mosquitto = MosquittoProcess.start();
        int port = mosquitto.port();
        String url = "tcp://127.0.0.1:" + port;
        try (LiveShell shell = new LiveShell("en", url)) {
            shell.type("sub -t r/# -q 1");
            shell.type("connect second");
            shell.type("sub -t s/#");
            shell.type("use lab");
            int down = shell.mark();
            mosquitto.close();
            LiveShell.await(() -> shell.since(down).contains("The link to the broker at " + url + " is down"), 15_000, "the link down:\n" + shell.screen());
            LiveShell.await(() -> shell.since(down).contains("session lab lost its connection"), 15_000, "lab lost:\n" + shell.screen());
            mosquitto = MosquittoProcess.startOn(port);
            LiveShell.await(() -> shell.since(down).contains(Text.in("en", "shell.relay.link.up", url)), 15_000, "the link back:\n" + shell.screen());
            LiveShell.await(() -> shell.since(down).contains("Session lab is connected to the broker again, through the relay, and has subscribed again to r/#.")
                    && shell.since(down).contains("Session second is connected to the broker again, through the relay, and has subscribed again to s/#."),
                    15_000, "both sessions back:\n" + shell.screen());
            int after = shell.mark();
            shell.type("pub -t r/1 -m hello -q 1");
            shell.type("pub -t s/1 -m there");
            LiveShell.await(() -> shell.since(after).contains("r/1 hello") && shell.since(after).contains("s/1 there"), 10_000,
                    "the subscriptions made again deliver:\n" + shell.screen());
            assertFalse(shell.screen().contains("Exception"), shell.screen());
        } finally {
            mosquitto.close();
        }
    }
}
