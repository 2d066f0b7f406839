package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.MosquittoProcess;
import mqttlab.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `fault duplicate` as a student types it, on the embedded broker (English) and through the relay to
 * mosquitto (Korean): the shell's own QoS 1 message arrives twice, its QoS 2 message once, the
 * explanation cites the standard, and the shell's session survives (it gets one answer per PUBLISH).
 */
@Timeout(120)
class FaultDuplicateShellTest {
    static final String SCRIPT = String.join("\n",
            "help fault",
            "sub -t dq/# -q 1",
            "fault duplicate publish from *",
            "fault list",
            "pub -t dq/1 -m twice -q 1",
            "sleep 0.3",
            "fault dup publish from *",
            "sub -t dq2/# -q 2",
            "pub -t dq2/1 -m once -q 2",
            "pub -t dq2/end -m end -q 2",
            "sleep 0.5",
            "pub -t dq/after -m alive -q 1",
            "sleep 0.3",
            "fault duplicate",
            "quit", "");

    @Test
    @DisplayName("embedded broker, English: QoS 1 twice, QoS 2 once, the session goes on")
    void embedded() throws Exception {
        ShellDriver.Run r = ShellDriver.run(new ShellOptions(null, null, null, 0, "en", true), SCRIPT);
        check("en", r);
    }

    @Test
    @DisplayName("through the relay to mosquitto, Korean: QoS 1 twice, QoS 2 once, the session goes on")
    void relayedInKorean() throws Exception {
        try (MosquittoProcess mosquitto = MosquittoProcess.start()) {
            ShellDriver.Run r = ShellDriver.run(new ShellOptions("tcp://127.0.0.1:" + mosquitto.port(), null, null, 0, "ko", true), SCRIPT);
            check("ko", r);
            assertTrue(mosquitto.log().matches("(?s).*Received PUBLISH from lab-\\d+ \\(d1, q2, r0, m\\d+, 'dq2/1'.*"), mosquitto.log());
        }
    }

    private static void check(String lang, ShellDriver.Run r) {
        String out = r.output();
        assertEquals(0, r.exit(), out);
        assertTrue(out.contains("fault duplicate publish from pub1"), "help fault lists it:\n" + out);
        assertTrue(out.contains(Text.in(lang, "shell.fault.duplicate.publish")), out);
        assertTrue(out.contains("DUPLICATE"), "fault list:\n" + out);
        assertEquals(2, count(out, "\ndq/1 twice\n"), "QoS 1: at least once, so twice:\n" + out);
        assertEquals(1, count(out, "\ndq2/1 once\n"), "QoS 2: exactly once:\n" + out);
        assertTrue(out.contains("\ndq2/end end\n"), out);
        assertTrue(out.contains("\ndq/after alive\n"), "the shell's session is still up:\n" + out);
        assertTrue(out.contains(Text.in(lang, "shell.fault.usage.duplicate")), "`fault duplicate` alone says how:\n" + out);
        assertFalse(out.contains("Exception"), out);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
