package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A table narrower than its cells: which row is which stays readable, and nothing is wider than the screen. */
class TableFitTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    private static Table clients() {
        return new Table("CLIENT ID", "ADDRESS", "MQTT", "CLEAN", "KEEPALIVE", "USER", "STATE", "INFLIGHT", "QUEUED")
                .row("instructor-shell-4f2a9c", "127.0.0.1:54321", "3.1.1", "yes", "60s", "instructor", "connected", 0, 0)
                .row("sensor-125-1", "127.0.0.1:54322", "3.1.1", "yes", "30s", "building", "connected", 0, 0);
    }

    private static List<String> lines(Table t, int width) {
        return t.render(false, width).stream().map(AttributedString::toString).toList();
    }

    @Test
    @DisplayName("at 80 columns the client ids stay whole; columns that do not fit are left out and named")
    void firstColumnStaysWhole() {
        List<String> out = lines(clients(), 80);
        for (String l : out) assertTrue(l.length() <= 80, "fits: " + l);
        assertTrue(out.get(1).startsWith("instructor-shell-4f2a9c  "), out.get(1));
        assertTrue(out.get(2).startsWith("sensor-125-1  "), out.get(2));
        assertTrue(out.get(0).contains("STATE") && !out.get(0).contains("QUEUED"), out.get(0));
        assertEquals("(too narrow to show: INFLIGHT, QUEUED)", out.get(out.size() - 1));
    }

    @Test
    @DisplayName("at 120 columns everything is shown, uncut; with no width known nothing is cut")
    void wideEnough() {
        List<String> wide = lines(clients(), 120);
        assertEquals(3, wide.size());
        assertTrue(wide.get(1).contains("127.0.0.1:54321") && wide.get(1).endsWith("0"), wide.get(1));
        assertEquals(lines(clients(), 0), wide);
    }

    @Test
    @DisplayName("Korean headers are measured by display width, and the note is in Korean")
    void korean() {
        Text.use(Lang.KO);
        Table t = new Table("클라이언트 ID", "주소", "상태", "대기", "전송 중", "사용자", "세션 유지")
                .row("instructor-shell-4f2a9c", "127.0.0.1:54321", "연결됨", 0, 0, "instructor", "예");
        List<AttributedString> out = t.render(false, 60);
        for (AttributedString l : out) assertTrue(l.columnLength() <= 60, "fits: " + l);
        assertTrue(out.get(out.size() - 1).toString().contains("좁아서 빠진 열: 사용자"), out.toString());
    }

    @Test
    @DisplayName("optional columns give way first, in their order: the address and the state stay whole at 80 columns")
    void optionalFirst() {
        Table t = clients().optional(5, 2, 4, 3);
        List<String> out = lines(t, 80);
        for (String l : out) assertTrue(l.length() <= 80, "fits: " + l);
        assertTrue(out.get(1).contains("127.0.0.1:54321") && out.get(1).contains("connected") && out.get(1).endsWith("0"), out.get(1));
        assertTrue(out.get(0).endsWith("QUEUED") && !out.get(0).contains("USER") && !out.get(0).contains("MQTT"), out.get(0));
        assertEquals("(too narrow to show: MQTT, KEEPALIVE, USER)", out.get(out.size() - 1));   // in the table's order
        // wide enough: nothing given way
        assertEquals(lines(clients(), 120), lines(clients().optional(5, 2), 120));
        // right alignment follows its column when one before it is left out
        List<String> right = lines(new Table("ID", "NOTE", "N").optional(1).alignRight(2).row("a", "x".repeat(30), 7).row("b", "y", 1234), 20);
        assertEquals(List.of("ID     N", "a      7", "b   1234", "(too narrow to show: NOTE)"), right);
    }
}
