package mqttlab.shell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The live views' lines (building, tree) on a narrow terminal: cut by display width, with "…" where they go on. */
class LiveViewCutTest {

    @Test
    @DisplayName("the building's Korean heading at 80 columns ends in … within 79 columns, no syllable split")
    void koreanHeadingAt80Columns() {
        AttributedString heading = new AttributedString(
                "08:42:10 · 속도 60× · 바깥 기온 25.3 °C (하루 곡선) · 컨트롤러 꺼짐 · 127.0.0.1:41883 · 방 4개, 연결된 센서 8/8");
        AttributedString cut = LiveView.cut(heading, 79, "…");
        assertEquals(79, cut.columnLength(), cut.toString());
        assertEquals('…', cut.charAt(cut.length() - 1));
        assertEquals("08:42:10 · 속도 60× · 바깥 기…", LiveView.cut(heading, 30, "…").toString());
        AttributedString odd = LiveView.cut(heading, 29, "…");   // 기 would take columns 28 and 29, the … needs one
        assertEquals("08:42:10 · 속도 60× · 바깥 …", odd.toString());
        assertEquals(28, odd.columnLength(), "a wide syllable that does not fit is left out, not split");
        assertEquals("08:42:10 · 속도 60× · 바깥 ...", LiveView.cut(heading, 30, "...").toString(), "an ASCII terminal gets three dots");
    }

    @Test
    @DisplayName("a line that fits is left as it is")
    void fits() {
        AttributedString line = new AttributedString("빌딩: 방 4개");
        assertSame(line, LiveView.cut(line, 79, "…"));
    }
}
