package mqttlab.building;

import mqttlab.text.Sparkline;
import mqttlab.text.Columns;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildingViewTest {

    private static BuildingSnapshot snapshot() {
        return new BuildingSnapshot(LocalTime.of(8, 42, 10, 500), Duration.ofMinutes(42), 60, false, 25.34, false, true,
                "127.0.0.1:1883", List.of(
                new RoomSnapshot("101", 24.26, List.of(24.0, 24.1, 24.3), false, true, 2, 2, 0),
                new RoomSnapshot("125", 27.1, List.of(23.0, 24.0, 25.0, 26.0, 27.0), true, true, 1, 2, 13)));
    }

    @Test
    void oneAlignedRowPerRoom() {
        List<String> lines = new BuildingView().render(snapshot());
        assertEquals("08:42:10 · speed 60× · outside 25.3 °C (daily curve) · controller on · 127.0.0.1:1883", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("room  temperature"), lines.get(1));
        String hot = lines.get(3);
        assertTrue(hot.startsWith("125    27.1 °C "), hot);
        assertTrue(hot.contains("27.1 °C ▁▃▅▆█"), hot);
        assertTrue(hot.contains("ON"));
        assertTrue(hot.contains("1/2"));
        assertTrue(hot.endsWith("13"));
        int acColumn = lines.get(1).indexOf("A/C");
        assertEquals(acColumn, lines.get(2).indexOf("OFF"));
        assertEquals(acColumn, hot.indexOf("ON"));
    }

    @Test
    void koreanLabelsAlignByDisplayWidth() {
        mqttlab.text.Text.use(mqttlab.text.Lang.KO);
        List<String> lines;
        try {
            lines = new BuildingView().render(snapshot());
        } finally {
            mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        }
        int header = Columns.of(lines.get(1).substring(0, lines.get(1).indexOf("에어컨")));
        int row = Columns.of(lines.get(2).substring(0, lines.get(2).indexOf("OFF")));
        assertEquals(header, row);
        assertTrue(lines.get(0).contains("관리 애플리케이션 켜짐"));
    }

    @Test
    void sparklines() {
        assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), 8, 0));
        assertEquals("▅▅   ", Sparkline.of(List.of(24.0, 24.0), 5, 1.0));
        assertEquals("▄▅", Sparkline.of(List.of(24.0, 24.1), 2, 1.0), "noise stays small");
        assertEquals("█▁", Sparkline.of(List.of(1.0, 30.0, 20.0), 2, 1.0));
        assertEquals("  ", Sparkline.of(List.of(), 2, 1.0));
    }

    @Test
    void statusLine() {
        assertEquals("building: 2 rooms, 3/4 sensors online, 2 A/C units · 08:42 · 60×", BuildingView.status(snapshot()));
    }
}
