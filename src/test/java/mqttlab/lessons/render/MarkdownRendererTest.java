package mqttlab.lessons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static String plain(String md, int width) {
        return new MarkdownRenderer(false).render(md, width);
    }

    @Test
    @DisplayName("Emphasis, strong and code lose their markers; colour turns them into ANSI styles")
    void inlineStyles() {
        String md = "Some *italic*, **bold** and `code` text.";
        assertEquals("Some italic, bold and code text.\n", plain(md, 80));
        String ansi = new MarkdownRenderer(true).render(md, 80);
        assertTrue(ansi.contains("\u001b["), "colour output has ANSI escapes");
        assertFalse(ansi.contains("**") || ansi.contains("`"));
    }

    @Test
    @DisplayName("Paragraphs wrap by display width: a Hangul syllable takes two columns")
    void wrapsKoreanByDisplayWidth() {
        String md = "발행 구독 브로커 토픽 와일드카드 구독 요청 일시적 구독 지속적 구독 고정 헤더 잔여 길이";
        List<AttributedString> lines = MarkdownRenderer.lines(md, 20);
        assertTrue(lines.size() > 2);
        for (AttributedString l : lines) assertTrue(l.columnLength() <= 20, l + " is " + l.columnLength() + " columns");
        assertEquals(md, String.join(" ", lines.stream().map(AttributedString::toString).toList()));
    }

    @Test
    @DisplayName("GFM tables align their columns by display width, Korean included")
    void tableAlignsByDisplayWidth() {
        String md = "| 번호 | type | 설명 |\n| ---: | --- | --- |\n| 1 | CONNECT | 연결 요청 |\n| 12 | PINGREQ | Ping 요청 |\n";
        List<AttributedString> lines = MarkdownRenderer.lines(md, 80);
        assertEquals(4, lines.size());
        int bar = -1;
        for (AttributedString l : List.of(lines.get(0), lines.get(2), lines.get(3))) {
            String s = l.toString();
            int col = new AttributedString(s.substring(0, s.indexOf('│'))).columnLength();
            if (bar < 0) bar = col;
            assertEquals(bar, col, "first separator column in " + s);
        }
        assertTrue(lines.get(1).toString().contains("┼"));
        assertTrue(lines.get(2).toString().startsWith("   1"), "right-aligned number: " + lines.get(2));
    }

    @Test
    @DisplayName("A table wider than the terminal wraps its cells instead of overflowing")
    void wideTableWraps() {
        String md = "| a | b |\n| --- | --- |\n| " + "word ".repeat(30) + "| " + "말 ".repeat(30) + "|\n";
        for (AttributedString l : MarkdownRenderer.lines(md, 40)) assertTrue(l.columnLength() <= 40, l.toString());
    }

    @Test
    @DisplayName("Nested and ordered lists, quotes, code blocks, links and rules")
    void blocks() {
        String md = """
                # Title

                1. first
                2. second
                   - inner
                
                > quoted

                ```
                code line
                ```

                See [the spec](https://mqtt.org) or <https://mosquitto.org>.

                ---
                """;
        String out = plain(md, 60);
        assertTrue(out.startsWith("Title\n═════\n"), out);
        assertTrue(out.contains("1. first\n2. second\n   ◦ inner"), out);
        assertTrue(out.contains("│ quoted"), out);
        assertTrue(out.contains("\ncode line\n"), out);
        assertTrue(out.contains("See the spec (https://mqtt.org) or https://mosquitto.org."), out);
        assertTrue(out.endsWith("─".repeat(60) + "\n"), out);
    }

    @Test
    @DisplayName("A word longer than the line is cut, never overflows")
    void longWordIsCut() {
        for (AttributedString l : MarkdownRenderer.lines("x".repeat(50), 20)) assertTrue(l.columnLength() <= 20);
    }

    @Test
    @DisplayName("Code blocks are verbatim: indentation kept, never wrapped, never indented by the list around them")
    void codeIsVerbatim() {
        String python = "def on_connect(client, userdata, flags, rc):\n    print(\"connected, rc =\", rc)\n"
                + "    client.subscribe(\"building/+/+/temperature\", qos=1)  # a comment long enough to pass forty columns\n";
        String md = "1. Save this:\n\n   ```python\n" + python.replaceAll("(?m)^(?=.)", "   ") + "   ```\n";
        List<AttributedString> lines = MarkdownRenderer.lines(md, 40);
        List<String> code = lines.stream().filter(l -> l instanceof CodeLine).map(AttributedString::toString).toList();
        assertEquals(List.of(python.split("\n")), code);
        String out = plain("    building/<room>/ac/set                   command to the room's A/C unit\n", 40);
        assertTrue(out.contains("\nbuilding/<room>/ac/set                   command to the room's A/C unit\n"), out);
    }
}
