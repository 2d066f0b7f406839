package mqttlab.building;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;

/**
 * The building as plain-text lines for the shell's live view: a heading, then one row per room with
 * its temperature and a sparkline of the last readings, A/C state, sensors online and A/C switches.
 * Columns are aligned by display width, so Korean labels (two columns a character) line up too.
 */
public final class BuildingView {

    /** The words the view uses; {@link #english()} and {@link #korean()} (the lecture's terms). */
    public record Labels(String room, String temperature, String ac, String sensors, String switches,
                         String outside, String curve, String held, String speed, String paused,
                         String controller, String on, String off, String offline) {

        public static Labels english() {
            return new Labels("room", "temperature", "A/C", "sensors", "switches", "outside", "daily curve", "held",
                    "speed", "paused", "controller", "on", "off", "(offline)");
        }

        public static Labels korean() {
            return new Labels("방", "온도", "에어컨", "센서", "전환", "바깥", "일일 곡선", "고정",
                    "속도", "일시정지", "관리 애플리케이션", "켜짐", "꺼짐", "(연결 끊김)");
        }
    }

    public static final int SPARK_WIDTH = 20;

    private final Labels labels;

    public BuildingView(Labels labels) {
        this.labels = labels;
    }

    public BuildingView() {
        this(Labels.english());
    }

    public List<String> render(BuildingSnapshot s) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(s));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {labels.room(), labels.temperature(), labels.ac(), labels.sensors(), labels.switches()});
        for (RoomSnapshot r : s.rooms()) {
            rows.add(new String[] {r.room(),
                    String.format(Locale.ROOT, "%5.1f °C %s", r.temperature(), Sparkline.of(r.recent(), SPARK_WIDTH, 1.0)),
                    (r.acOn() ? "ON" : "OFF") + (r.acOnline() ? "" : " " + labels.offline()), r.sensorsOnline() + "/" + r.sensors(), String.valueOf(r.switches())});
        }
        lines.addAll(align(rows));
        return lines;
    }

    /** {@code 08:42:10 · speed 60× · outside 25.3 °C (daily curve) · controller off · 127.0.0.1:1883} */
    public String heading(BuildingSnapshot s) {
        String speed = s.paused() ? labels.paused() : labels.speed() + " " + number(s.speed()) + "×";
        String outside = String.format(Locale.ROOT, "%s %.1f °C (%s)", labels.outside(), s.outside(),
                s.outsideOverridden() ? labels.held() : labels.curve());
        return s.timeOfDay().withNano(0) + " · " + speed + " · " + outside + " · " + labels.controller() + " "
                + (s.controllerOn() ? labels.on() : labels.off()) + " · " + s.broker();
    }

    /** For a status bar: {@code building: 4 rooms, 8/8 sensors online, 4 A/C units · 08:42 · 60×}. */
    public static String status(BuildingSnapshot s) {
        return "building: " + s.rooms().size() + " rooms, " + s.sensorsOnline() + "/" + s.sensors() + " sensors online, "
                + s.rooms().size() + " A/C units · " + s.timeOfDay().withSecond(0).withNano(0) + " · "
                + (s.paused() ? "paused" : number(s.speed()) + "×");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Pads every cell to its column's display width, two spaces between columns. */
    static List<String> align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows)
            for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], width(row[c]));
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) line.append(" ".repeat(widths[c] - width(row[c]) + 2));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    static int width(String text) {
        return new AttributedString(text).columnLength();
    }
}
