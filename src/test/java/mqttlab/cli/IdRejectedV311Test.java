package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mqttlab.broker.connect.ConnectionQuota;
import mqttlab.classroom.Classroom;
import mqttlab.classroom.ClassroomFixture;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 3.1.1 client refused by the class broker with return code 2 (identifier rejected) hears why, in its
 * language, when the lab is the client: 3.1.1 carries no reason, but the lab knows the class rule
 * (issue 11). What goes on the wire does not change.
 */
class IdRejectedV311Test {
    @TempDir Path tmp;
    private Classroom classroom;

    @AfterEach
    void stop() {
        if (classroom != null) classroom.close();
        Text.use(Lang.EN);
    }

    /** `mqttlab ARGS`, with what it writes to System.err as well (pub and sub print there, as mosquitto's tools do). */
    private static CliRun run(String... args) {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            mqttlab.cli.Main.chooseLanguage(args);
            CliRun r = CliRun.of(args);
            return new CliRun(r.exitCode(), r.out(), r.err() + err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    private String port() throws Exception {
        classroom = Classroom.start(ClassroomFixture.create(tmp, 2, "127.0.0.1", 0).config(), null, Clock.systemUTC(), new ConnectionQuota(20));
        return String.valueOf(classroom.broker().port());
    }

    @Test
    @DisplayName("mqttlab pub -V 311 as s01 with client id owl: return code 2, then the class rule in Korean")
    void classRuleInKorean() throws Exception {
        String port = port();
        CliRun r = run("--lang", "ko", "pub", "-p", port, "-u", "s01", "-P", ClassroomFixture.password("s01"),
                "-i", "owl", "-t", "students/s01/x", "-m", "hi");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("오류: 브로커가 연결을 거부했습니다.\n"), "mosquitto_pub's line first:\n" + r.err());
        assertTrue(r.err().contains("'s01' 사용자는 클라이언트 ID로 s01 또는 s01-로 시작하는 ID만 쓸 수 있습니다 (보낸 ID: owl)"), r.err());
        assertEquals(List.of(), EnglishRuns.in(r.err()), r.err());
    }

    @Test
    @DisplayName("in English too; and an id that follows the rule gets through")
    void english() throws Exception {
        String port = port();
        Text.use(Lang.EN);
        CliRun refused = run("pub", "-p", port, "-u", "s01", "-P", ClassroomFixture.password("s01"), "-i", "s02-owl", "-t", "students/s01/x", "-m", "hi");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().startsWith("Error: The connection was refused.\nIf this is a class broker: user 's01' may use only"
                + " the client id s01 or s01-something, not s02-owl."), refused.err());
        CliRun sub = run("sub", "-p", port, "-u", "s01", "-P", ClassroomFixture.password("s01"), "-i", "owl", "-t", "students/s01/x", "-C", "1");
        assertTrue(sub.err().startsWith("Connection error: Connection Refused: identifier rejected. If this is a class broker:"), sub.err());
        CliRun fine = run("pub", "-p", port, "-u", "s01", "-P", ClassroomFixture.password("s01"), "-i", "s01-owl", "-t", "students/s01/x", "-m", "hi");
        assertEquals(0, fine.exitCode(), fine.err());
    }

    @Test
    @DisplayName("an empty client id without clean session: the standard's rule, [MQTT-3.1.3-8]")
    void emptyIdNeedsCleanSession() throws Exception {
        Text.use(Lang.KO);
        assertEquals("MQTT 3.1.1에서 빈 클라이언트 ID는 clean session일 때만 쓸 수 있습니다 [MQTT-3.1.3-8]: -i로 ID를 주거나 -c를 빼세요.",
                mqttlab.client.IdRejected.why("", null, false).orElseThrow());
        assertFalse(mqttlab.client.IdRejected.why("", "s01", true).isPresent(), "the broker assigns one");
        assertFalse(mqttlab.client.IdRejected.why("s01-x", "s01", false).isPresent(), "nothing the lab can tell");
        assertFalse(mqttlab.client.IdRejected.why("anything", null, true).isPresent(), "no user: no class rule to name");
    }
}
