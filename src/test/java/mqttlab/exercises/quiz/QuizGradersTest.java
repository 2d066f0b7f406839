package mqttlab.exercises.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import mqttlab.exercises.Criterion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuizGradersTest {

    @Test
    @DisplayName("[MQTT-4.7.1-3] a+/c/d from the lecture's list is invalid, and the reason says why")
    void lectureFilterIsInvalid() {
        Criterion c = WildcardQuiz.judge("a+/c/d", "a/b/c/d", "yes");
        assertFalse(c.passed());
        assertTrue(c.text().contains("you said yes, it is invalid"), c.text());
        assertTrue(c.text().contains("[MQTT-4.7.1-3]"), c.text());
    }

    @Test
    void plusIsExactlyOneLevel() {
        Criterion c = WildcardQuiz.judge("+/+/+", "a/b/c/d", "yes");
        assertFalse(c.passed());
        assertTrue(c.text().contains("goes on with 'd'"), c.text());
        assertTrue(WildcardQuiz.judge("a/b/c/d/#", "a/b/c/d", "yes").passed());
        assertTrue(WildcardQuiz.judge("#", "$SYS/broker/uptime", "no").text().contains("[MQTT-4.7.2-1]"));
        assertFalse(WildcardQuiz.judge("a/b/c/d", "a/b/c/d", "?").passed());
    }

    @Test
    void remainingLengthIsExplained() {
        FixedHeader h = FixedHeader.read(HexFormat.of().parseHex("30c102"));
        assertEquals(321, h.remainingLength());
        assertEquals(268435455, FixedHeader.read(HexFormat.of().parseHex("31ffffff7f")).remainingLength());
        Criterion c = FixedHeaderQuiz.judge("82 80 01 00 01", new String[] {"", "SUBSCRIBE", "0010", "1"});
        assertFalse(c.passed());
        assertTrue(c.text().contains("0×1 + 1×128 = 128"), c.text());
        Criterion flags = FixedHeaderQuiz.judge("3b 7f 00", new String[] {"", "3", "0011", "127"});
        assertTrue(flags.text().contains("DUP 1, QoS 1, RETAIN 1"), flags.text());
        assertTrue(FixedHeaderQuiz.judge("62 02 00 07", new String[] {"", "pubrel", "0010", "2"}).passed());
    }

    @Test
    void aPartlyAnsweredFileExplainsEachWrongAnswer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var catalog = mqttlab.exercises.ExerciseCatalog.load(mqttlab.exercises.ProjectRoot.require());
        var e = catalog.require("03");
        String answers = java.nio.file.Files.readString(e.solutionFolder().resolve("answers.txt"))
                .replaceFirst("(?m)^(a\\+/c/d\\s+a/b/c/d\\s+)invalid$", "$1yes")      // the lecture's slide
                .replaceFirst("(?m)^(\\+/\\+/\\+\\s+a/b/c/d\\s+)no$", "$1yes");
        java.nio.file.Files.writeString(dir.resolve("answers.txt"), answers);
        var r = new mqttlab.exercises.Checker(null, null).check(e, dir, false, mqttlab.exercises.ProgressListener.NONE);
        var wrong = r.criteria().stream().filter(c -> !c.passed()).map(Criterion::text).toList();
        assertEquals(2, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).startsWith("'a+/c/d' vs 'a/b/c/d': you said yes, it is invalid"), wrong.get(0));
        assertTrue(wrong.get(1).startsWith("'+/+/+' vs 'a/b/c/d': you said yes, it is no"), wrong.get(1));
        assertEquals(92, r.score());
    }
}
