package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.TmuxScreen;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab under GNU screen (TERM=screen, whose terminfo offers the VT100 line-drawing set), as classrooms use it
 * over SSH: lines are drawn as lines, Korean stays aligned, and the live view hands the prompt back.
 */
class GnuScreenTest {
    @ParameterizedTest(name = "{0} under GNU screen at {1} columns")
    @CsvSource({"en, 80", "ko, 120"})
    void linesAndKoreanUnderScreen(String lang, int cols) throws Exception {
        try (TmuxScreen lab = TmuxScreen.startUnderGnuScreen(lang, cols, 45, "--no-building")) {
            lab.waitForPrompt("lab>");
            lab.line("match '+/sensor1/temperature' 125/sensor1/temperature");
            lab.waitFor(s -> TmuxScreen.lastLine(s).equals("lab>") && s.contains("125"), "the match table");
            lab.line("pub -t a/b -m hi -q 2");
            lab.waitFor(s -> TmuxScreen.lastLine(s).equals("lab>") && TmuxScreen.after(s, "pub -t a/b").lines().count() > 1, "the publish");
            lab.line("trace last");
            String pane = lab.waitFor(s -> TmuxScreen.after(s, "trace last").contains("PUBCOMP") && TmuxScreen.lastLine(s).equals("lab>"),
                    "the QoS 2 sequence diagram");
            String diagram = TmuxScreen.after(pane, "trace last");
            assertTrue(diagram.contains("─▶") || diagram.contains("◀─"), "the diagram's arrows are drawn as lines:\n" + diagram);
            assertFalse(pane.contains("qqqq") || pane.contains("lqqq") || pane.contains("mqqq"), "line drawing shown as letters:\n" + pane);
            for (String l : pane.split("\n")) {
                assertTrue(new AttributedString(l.stripTrailing()).columnLength() <= cols, "wider than the screen: " + l);
            }
            lab.line("lesson 5");
            String lesson = lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith("L5.1>"), "lesson 5");
            assertTrue(lesson.contains("═══") || lesson.contains("───"), "the title's rule is drawn:\n" + lesson);
        }
    }
}
