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
}
