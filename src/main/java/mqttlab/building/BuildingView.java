package mqttlab.building;

import mqttlab.text.Sparkline;
import mqttlab.text.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import static mqttlab.text.Text.t;

/**
 * The building as plain-text lines for the shell's live view: a heading, then one row per room with
 * its temperature and a sparkline of the last readings, A/C state, sensors online and A/C switches.
 * Columns are aligned by display width, so Korean labels (two columns a character) line up too.
 */
public final class BuildingView {

    public static final int SPARK_WIDTH = 20;

    /** A view in the language the lab speaks when it renders (the catalogue's {@code building.view.*}). */
    public BuildingView() {
    }

    public List<String> render(BuildingSnapshot s) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(s));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("building.view.room"), t("building.view.temperature"), t("building.view.ac"), t("building.view.sensors"),
                t("building.view.switches")});
        for (RoomSnapshot r : s.rooms()) {
            rows.add(new String[] {r.room(),
                    String.format(Locale.ROOT, "%5.1f °C %s", r.temperature(), Sparkline.of(r.recent(), SPARK_WIDTH, 1.0)),
                    (r.acOn() ? "ON" : "OFF") + (r.acOnline() ? "" : " " + t("building.view.offline")), r.sensorsOnline() + "/" + r.sensors(), String.valueOf(r.switches())});
        }
        lines.addAll(align(rows));
        return lines;
    }

    /** {@code 08:42:10 · speed 60× · outside 25.3 °C (daily curve) · controller off · 127.0.0.1:1883} */
    public String heading(BuildingSnapshot s) {
        String speed = s.paused() ? t("building.view.paused") : t("building.view.speed") + " " + number(s.speed()) + "×";
        String outside = String.format(Locale.ROOT, "%s %.1f °C (%s)", t("building.view.outside"), s.outside(),
                t(s.outsideOverridden() ? "building.view.held" : "building.view.curve"));
        return s.timeOfDay().withNano(0) + " · " + speed + " · " + outside + " · " + t("building.view.controller") + " "
                + t(s.controllerOn() ? "building.view.on" : "building.view.off") + " · " + s.broker();
    }

    /** For a status bar: {@code building: 4 rooms, 8/8 sensors online, 4 A/C units · 08:42 · 60×}. */
    public static String status(BuildingSnapshot s) {
        return t("building.view.status", s.rooms().size(), s.sensorsOnline() + "/" + s.sensors(), s.timeOfDay().withSecond(0).withNano(0),
                s.paused() ? t("building.view.paused") : number(s.speed()) + "×");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Pads every cell to its column's display width, two spaces between columns. */
    static List<String> align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows)
            for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], Columns.of(row[c]));
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) line.append(" ".repeat(widths[c] - Columns.of(row[c]) + 2));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

}
