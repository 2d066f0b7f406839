package mqttlab.classroom;

import mqttlab.text.Columns;
import mqttlab.text.OutsideText;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain aligned table: columns padded by display width (a Korean or CJK character is two
 * columns in a terminal, so {@code String.length()} would misalign them), two spaces apart,
 * a rule under the header. Numbers can be right-aligned.
 */
final class TextTable {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, boolean... rightAligned) {
        this.header = List.copyOf(header);
        this.right = new boolean[header.size()];
        for (int i = 0; i < rightAligned.length && i < right.length; i++) right[i] = rightAligned[i];
    }

    /** Widest cell, in columns. */
    static final int MAX_CELL = 40;

    void add(List<String> row) {
        if (row.size() != header.size()) throw new IllegalArgumentException("a row needs " + header.size() + " cells");
        rows.add(row.stream().map(c -> OutsideText.line(c, MAX_CELL)).toList());   // reports come from students
    }

    List<String> render() {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = Columns.of(header.get(i));
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], Columns.of(r.get(i)));
        List<String> out = new ArrayList<>();
        out.add(line(header, w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        out.add(rule.toString());
        for (List<String> r : rows) out.add(line(r, w));
        return out;
    }

    private String line(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - Columns.of(c));
            if (i > 0) b.append("  ");
            if (right[i]) b.append(pad).append(c);
            else b.append(c).append(i == w.length - 1 ? "" : pad);
        }
        return b.toString();
    }
}
