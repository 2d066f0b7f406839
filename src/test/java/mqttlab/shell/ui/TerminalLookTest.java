package mqttlab.shell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalLookTest {
    @Test
    @DisplayName("NO_COLOR with a value turns colour off; empty or absent leaves it on (no-color.org)")
    void noColor() {
        assertTrue(TerminalLook.colourAllowed(Map.of()));
        assertTrue(TerminalLook.colourAllowed(Map.of("NO_COLOR", "")));
        assertFalse(TerminalLook.colourAllowed(Map.of("NO_COLOR", "1")));
        assertFalse(TerminalLook.of(false, StandardCharsets.UTF_8).colour(), "never colour when not a terminal");
    }

    @Test
    @DisplayName("Unicode lines on UTF-8; ASCII - | + and visible \\x1b on anything else; styles kept")
    void asciiFallback() {
        assertTrue(TerminalLook.of(true, StandardCharsets.UTF_8).unicode());
        TerminalLook ascii = TerminalLook.of(true, StandardCharsets.US_ASCII);
        assertFalse(ascii.unicode());
        assertEquals("+-- a | b\\x1b[2J", ascii.fit("└── a │ b\u001b[2J"));
        AttributedString styled = new AttributedString("──", AttributedStyle.BOLD);
        assertEquals(AttributedStyle.BOLD, ascii.fit(styled).styleAt(1));
    }

    @Test
    @DisplayName("On UTF-8 lines stay as drawn, and controls (not tabs or line feeds) are shown")
    void unicodeFit() {
        TerminalLook u = new TerminalLook(true, true);
        assertEquals("├─▶ a\tb\nc␛[31m␍", u.fit("├─▶ a\tb\nc\u001b[31m\r"));
    }
}
