package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables, trees and sequence diagrams on terminals whose terminfo offers the VT100 line-drawing set
 * (screen, tmux): drawn with Unicode box-drawing characters in a UTF-8 locale and with {@code - | +}
 * in a plain ASCII one, and never through the alternate charset (SO, or ESC ( 0), which tmux and
 * screen show as {@code qqqq} and {@code x}.
 */
class LinesScreenTest {

    @ParameterizedTest(name = "TERM={0}, LANG={1}")
    @CsvSource({"screen, C.UTF-8", "tmux-256color, C"})
    void linesDrawnEverywhere(String term, String locale) throws Exception {
        boolean unicode = locale.contains("UTF-8");
        try (TmuxScreen lab = TmuxScreen.startIn(locale, "en", 100, 50, term, "--no-building")) {
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt");
            Path raw = lab.recordRaw();
            lab.line("lesson 1");
            lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith("lab L1.1"), "lesson 1");
            for (int step = 2; step <= 3; step++) {
                lab.line("next");
                String prompt = "lab L1." + step;
                lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith(prompt), "step " + step);
            }
            lab.line("sub -t a/#");
            lab.waitFor(s -> s.contains("subscribed"), "the subscription");
            lab.line("pub -t a/b -m hi -q 1");
            lab.waitFor(s -> s.contains("a/b hi"), "the message");
            lab.line("trace last");
            lab.line("tree");
            String pane = lab.waitFor(s -> s.contains("b = hi"), "the tree");
            lab.keys("q"); // the tree is live until a key is pressed
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt after the live tree");
            String table = unicode ? "─┼─" : "-+-";
            String diagramArrow = unicode ? "─▶" : "->";
            String treeGuide = unicode ? "└─ " : "+- ";
            assertTrue(pane.contains(table), "the lesson's table rule " + table + ":\n" + pane);
            assertTrue(pane.contains(diagramArrow), "the sequence diagram's arrow " + diagramArrow + ":\n" + pane);
            assertTrue(pane.contains(treeGuide), "the tree's guide " + treeGuide + ":\n" + pane);
            assertFalse(pane.contains("qqqq"), "line drawing shown as letters:\n" + pane);
            byte[] bytes = Files.readAllBytes(raw);
            String written = new String(bytes, StandardCharsets.ISO_8859_1);
            assertFalse(written.indexOf('\u000e') >= 0 || written.contains("\u001b(0"), "the VT100 line-drawing set was switched on");
            if (!unicode) {
                for (byte b : bytes) assertTrue(b >= 0, "a byte beyond ASCII was written to an ASCII terminal: " + (b & 0xff));
            }
        }
    }
}
