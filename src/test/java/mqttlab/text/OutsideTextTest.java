package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutsideTextTest {
    @Test
    @DisplayName("ESC, OSC, CR, LF, NUL, DEL, 8-bit CSI and bidi controls are shown, never sent")
    void controlsAreShown() {
        String hostile = "a\u001b[2J\u001b]0;pwned\u0007b\rc\nd\u0000e\u007ff\u009b31mg\u202eh";
        String shown = OutsideText.line(hostile);
        assertEquals("a␛[2J␛]0;pwned␇b␍c↵d␀e␡f<U+009B>31mg<U+202E>h", shown);
        for (char c : shown.toCharArray()) assertFalse(c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u202e', "control left: " + (int) c);
    }

    @Test
    @DisplayName("Korean, emoji and plain text pass unchanged; a lone surrogate becomes U+FFFD")
    void textIsKept() {
        assertEquals("온도 24.8 °C 🌡", OutsideText.line("온도 24.8 °C 🌡"));
        assertEquals("a\uFFFDb", OutsideText.line("a\uD800b"));
    }

    @Test
    @DisplayName("Several lines split at LF and CR LF, each made harmless")
    void lines() {
        assertEquals(List.of("one", "two␛", "[class] three"), OutsideText.lines("one\r\ntwo\u001b\n[class] three"));
    }

    @Test
    @DisplayName("Cut by display width with an ellipsis: a Hangul syllable counts two columns")
    void cut() {
        assertEquals("abcd…", OutsideText.cut("abcdefgh", 5));
        assertEquals("가나…", OutsideText.cut("가나다라", 6));
        assertEquals("가나다", OutsideText.cut("가나다", 6));
    }

    @Test
    @DisplayName("Zero-width and invisible characters are shown, so two names that look alike are told apart")
    void invisiblesAreShown() {
        assertEquals("alice<U+200B>", OutsideText.line("alice\u200b"));
        assertEquals("<U+FEFF>a<U+00AD>b<U+2060>c<U+200D>d", OutsideText.line("\ufeffa\u00adb\u2060c\u200dd"));
        assertEquals("students/<U+3164>/x <U+115F><U+1160>", OutsideText.line("students/\u3164/x \u115f\u1160"), "Hangul fillers look like a blank");
        assertEquals("flag<U+E0067><U+E007F>", OutsideText.line("flag\udb40\udc67\udb40\udc7f"), "tag characters");
    }

    @Test
    @DisplayName("A combining mark with no base in the text, or a fourth on one letter, is shown; accents and Korean stay")
    void combiningMarks() {
        assertEquals("<U+0301>x", OutsideText.line("\u0301x"), "it would sit on the lab's own character before the text");
        assertEquals("e\u0301 \u1ec7\u0301 한글 ⚠\ufe0f", OutsideText.line("e\u0301 \u1ec7\u0301 한글 ⚠\ufe0f"));
        assertEquals("a\u0301\u0302\u0303<U+0304><U+0305>b", OutsideText.line("a\u0301\u0302\u0303\u0304\u0305b"), "no pile over the rows around");
        String zalgo = OutsideText.line("Z" + "\u0336".repeat(40));
        assertEquals(3, zalgo.chars().filter(c -> c == 0x336).count(), zalgo);
    }

    @Test
    @DisplayName("A log line keeps the tab that indents its detail, and shows every other control")
    void logLine() {
        assertEquals("\tCONNECT refused: u'a␛[2J↵fake'", OutsideText.logLine("\tCONNECT refused: u'a\u001b[2J\nfake'"));
    }
}
