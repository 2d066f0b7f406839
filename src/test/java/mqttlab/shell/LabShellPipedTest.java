package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.MosquittoPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import mqttlab.text.Text;

/** The shell driven by a piped script through JLine's dumb terminal, against a real Mosquitto (`--broker`). */
class LabShellPipedTest {
    static MosquittoPeer mosquitto;

    @BeforeAll
    static void start() throws Exception { mosquitto = MosquittoPeer.start(); }

    @AfterAll
    static void stop() { if (mosquitto != null) mosquitto.close(); }

    @Test
    @DisplayName("sub/pub at QoS 0, 1, 2 print messages in mosquitto_sub -v form; mistakes get one helpful line")
    void subPubAndMistakes() throws Exception {
        String script = String.join("\n",
                "sub -t building/# -q 2",
                "pub -t building/125/sensor1/temperature -m 24.8",
                "pub -t building/125/ac/set -m ON -q 1",
                "mosquitto_pub -t building/125/ac/state -m \"hello world\" -q 2",
                "sbu -t x",
                "pub -t test",
                "pub -t 'a/#' -m x",
                "sub --bogus",
                "trace last",
                "tree",
                "fault drop puback to lab",
                "quit", "");
        ShellDriver.Run r = ShellDriver.run(ShellDriver.external(mosquitto.url()), script);
        String out = r.output();
        assertEquals(0, r.exit(), out);
        assertTrue(out.matches("(?s).*MQTT Lab — relay on 127\\.0\\.0\\.1:\\d+ in front of the broker " + java.util.regex.Pattern.quote(mosquitto.url()) + ".*"), out);
        assertTrue(out.contains("\nbuilding/125/sensor1/temperature 24.8\n"), out);
        assertTrue(out.contains("\nbuilding/125/ac/set ON\n"), out);
        assertTrue(out.contains("\nbuilding/125/ac/state hello world\n"), out);
        assertTrue(out.contains("published to building/125/ac/state (QoS 2, acknowledged)"), out);
        assertTrue(out.contains("Unknown command 'sbu'. Did you mean `sub`? Type `help` for the list."), out);
        assertTrue(out.contains("pub: Both topic and message must be supplied."), out);
        assertTrue(out.contains("pub: Invalid publish topic 'a/#', does it contain '+' or '#'?"), out);
        assertTrue(out.contains("sub: Unknown option: '--bogus' — see `help sub`."), out);
        // through the relay, the teaching tools work on mosquitto too (issue 15)
        assertFalse(out.contains("needs the embedded broker"), out);
        assertTrue(out.contains("PUBREC") && out.contains("PUBCOMP"), out);   // trace last: the QoS 2 handshake
        assertTrue(out.contains("The broker will silently drop the next PUBACK"), out);
        assertTrue(out.contains("Bye. Sessions closed."), out);
        assertFalse(out.contains("Exception"), out);
        assertFalse(out.contains("\tat "), out);
    }

    @Test
    @DisplayName("the lecture's lines work verbatim: mosquitto_sub -t # -v, -h localhost -p PORT, \"hello world\" at QoS 2")
    void lectureLines() throws Exception {
        String script = String.join("\n",
                "mosquitto_sub -t # -v",
                "mosquitto_pub -t test -m \"hello world\" -q 2",
                "mosquitto_sub -h localhost -p " + mosquitto.port() + " -t # -v",
                "mosquitto_pub -t test2 -m second",
                "quit", "");
        String out = ShellDriver.run(ShellDriver.external(mosquitto.url()), script).output();
        assertTrue(out.contains("\ntest hello world\n"), out);
        // two subscriptions on the same session: mosquitto delivers the message once per matching subscription or once;
        // either way it is printed at least once for each `sub`.
        assertTrue(out.split("\ntest2 second\n", -1).length >= 2, out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    @DisplayName("named sessions: connect with a will, use, sessions, kill fires the will, disconnect does not")
    void sessionsAndWill() throws Exception {
        String script = String.join("\n",
                "sub -t wills/#",
                "connect sensor -V 5 --will-topic wills/sensor --will-payload gone",
                "connect tidy --will-topic wills/tidy --will-payload should-not-appear",
                "sessions",
                "use lab",
                "kill sensor",
                "disconnect tidy",
                "sleep 0.5",
                "use nobody",
                "quit", "");
        String out = ShellDriver.run(ShellDriver.external(mosquitto.url()), script).output();
        assertTrue(out.contains("lab[sensor]> "), out);
        assertTrue(out.contains("session sensor connected as sensor."), out);
        assertTrue(out.matches("(?s).*\\*\\s+tidy\\s+tidy\\s+connected\\s+new\\s+-\\s+3\\.1\\.1\\s+wills/tidy.*"), out);
        assertTrue(out.contains("\nwills/sensor gone\n"), out);
        assertFalse(out.contains("\nwills/tidy should-not-appear"), out);
        assertTrue(out.contains("No session named 'nobody'."), out);
    }

    @Test
    @DisplayName("--lang ko: the shell's messages are Korean")
    void korean() throws Exception {
        ShellOptions ko = new ShellOptions(mosquitto.url(), null, null, 1883, "ko", true);
        String out = ShellDriver.run(ko, "sbu\ntrace last\nquit\n").output();
        assertTrue(out.contains("'sbu': 없는 명령입니다. `sub` 명령을 말씀하셨나요?"), out);
        assertTrue(out.contains("앞의 릴레이"), out);
    }

    @Test
    @DisplayName("a bad --broker URL and an unreachable broker are one line each, not a stack trace")
    void badBroker() throws Exception {
        ShellDriver.Run r = ShellDriver.run(ShellDriver.external("http://x"), "quit\n");
        assertEquals(1, r.exit());
        assertTrue(r.output().startsWith("--broker wants tcp://HOST:PORT"), r.output());
        String out = ShellDriver.run(ShellDriver.external("tcp://127.0.0.1:1"), "pub -t a -m b\nquit\n").output();
        // the relay opens anyway; the banner says the broker does not answer, and the session is refused as unavailable
        assertTrue(out.contains("in front of the broker tcp://127.0.0.1:1") && out.contains(" · the broker does not answer: " + Text.in("en", "why.refused")), out);
        assertTrue(out.contains("session lab could not connect"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"en", "ko"})
    @DisplayName("the subcommands of fault, trace and building: generated help; a mistyped word says what was wrong, in the lab's language, and the shell goes on")
    void subcommandsHelpAndMistakes(String lang) throws Exception {
        String script = String.join("\n",
                "help fault",
                "help fault drop",
                "help trace last",
                "fault explode",
                "fault drop",
                "fault drop puback sideways lab",
                "trace last x",
                "trace topic",
                "building speed 2",
                "help fault frob",
                "fault list",
                "quit", "");
        ShellOptions options = new ShellOptions(mosquitto.url(), null, null, 1883, lang, true);
        ShellDriver.Run r = ShellDriver.run(options, script);
        String out = r.output();
        assertEquals(0, r.exit(), out);
        String usage = Text.in(lang, "usage.synopsisHeading").strip();
        assertTrue(out.contains(usage + " fault [COMMAND]"), out);
        assertTrue(out.contains("duplicate, dup"), out);
        // the placeholders in the reader's language (label.* in the catalogue): PACKET, 패킷
        assertTrue(out.contains(usage + " fault drop " + Text.in(lang, "label.packet") + " to|from " + Text.in(lang, "label.client")
                + " [" + Text.in(lang, "label.count") + "]"), out);
        assertTrue(out.contains(Text.in(lang, "fault.drop.usage.description").substring(0, 20)), out);   // the rest may wrap
        assertTrue(out.contains(usage + " trace last [--all] [--bytes] [--pings] [N]"), out);
        assertTrue(out.contains(Text.in(lang, "trace.last.N[0]")), out);
        assertTrue(out.contains(Text.in(lang, "shell.fault.what")), out);
        assertTrue(out.contains("fault: " + Text.in(lang, "shell.fault.usage.drop")), out);
        assertTrue(out.contains(Text.in(lang, "shell.fault.way", Text.in(lang, "shell.fault.usage.drop"))), out);
        assertTrue(out.contains(Text.in(lang, "shell.trace.count.usage")), out);
        assertTrue(out.contains(Text.in(lang, "shell.trace.topic.usage")), out);
        assertTrue(out.contains(Text.in(lang, "shell.building.off")), out);
        assertTrue(out.contains(Text.in(lang, "shell.no.such.help", "fault frob")), out);
        assertTrue(out.contains(Text.in(lang, "shell.fault.none")), "the shell went on after every mistake:\n" + out);
        assertFalse(out.contains("Exception"), out);
    }
}
