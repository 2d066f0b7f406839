package mqttlab.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The lab's one text table: columns aligned by display width ({@link Columns}: Korean is two columns a
 * character), two spaces apart, no trailing blanks; optionally a rule of dashes under the header and
 * right-aligned (number) columns; fitted to a terminal's width when asked. The shell's tables, the
 * scoreboard and the {@code progress} table all come from here; it lives in {@code text}, below
 * {@code classroom}, {@code exercises} and {@code shell}, so that all three can use it.
 */
public final class Table {
    private final List<AttributedString> header = new ArrayList<>();
    private final List<List<AttributedString>> rows = new ArrayList<>();
    private final List<Integer> rightAligned = new ArrayList<>();
    private final List<Integer> optional = new ArrayList<>();
    private boolean rule;
    private int maxCell = MAX_CELL;

    public Table(String... header) {
        for (String h : header) this.header.add(new AttributedString(h));
    }

    /** A line of dashes under the header, each as wide as its column. */
    public Table rule() {
        rule = true;
        return this;
    }

    /** These columns (from 0) are aligned to the right, as numbers are. */
    public Table alignRight(int... columns) {
        for (int c : columns) rightAligned.add(c);
        return this;
    }

    /**
     * Columns a narrow screen leaves out first, in this order, before any cell is cut: what a student
     * reads a row for (an address, a state) stays whole, and the last line names what was left out.
     */
    public Table optional(int... columns) {
        for (int c : columns) optional.add(c);
        return this;
    }

    /** Cells wider than {@code columns} are cut with an ellipsis (default {@link #MAX_CELL}); set before adding rows. */
    public Table maxCell(int columns) {
        maxCell = columns;
        return this;
    }

    /**
     * A row. Cells are mostly someone else's text (topics, client ids, payloads): control characters
     * and line feeds are shown ({@link OutsideText}), and a cell is cut at {@link #MAX_CELL} columns.
     */
    public Table row(Object... cells) {
        List<AttributedString> r = new ArrayList<>();
        for (Object c : cells) r.add(inert(c instanceof AttributedString a ? a : new AttributedString(String.valueOf(c)), maxCell));
        rows.add(r);
        return this;
    }

    /** Widest cell, in columns: a 10,000-character topic must not push the table off every screen. */
    static final int MAX_CELL = 80;

    private static AttributedString inert(AttributedString cell, int maxCell) {
        AttributedStringBuilder b = new AttributedStringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            String shown = c == '\n' ? "↵" : OutsideText.shown(c);
            b.styled(cell.styleAt(i), shown == null ? String.valueOf(c) : shown);
        }
        AttributedString out = b.toAttributedString();
        return out.columnLength() <= maxCell ? out
                : new AttributedStringBuilder().append(out.columnSubSequence(0, maxCell - 1)).append("…").toAttributedString();
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    /** The lines: header (bold when {@code colour}) then rows; cells separated by two spaces, no trailing blanks. */
    public List<AttributedString> render(boolean colour) {
        return render(colour, 0);
    }

    /**
     * As {@link #render(boolean)}, no wider than {@code width} columns (0: as wide as the cells). The first
     * column says which row is which (a client id, a topic), so it keeps its width longest: the other columns
     * give way first, widest first, down to {@link #MIN_CELL} (cells cut with an ellipsis); then whole columns
     * are left out from the right, and a last line names them; the first column is cut only when it is all
     * that is left.
     */
    public List<AttributedString> render(boolean colour, int width) {
        List<List<AttributedString>> everything = new ArrayList<>();
        if (!header.isEmpty()) everything.add(header);
        everything.addAll(rows);
        List<Integer> kept = kept(everything, width);
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) if (!kept.contains(i)) leftOut.add(header.get(i).toString());
        List<List<AttributedString>> all = new ArrayList<>();
        for (List<AttributedString> r : everything) {
            List<AttributedString> p = new ArrayList<>();
            for (int i : kept) if (i < r.size()) p.add(r.get(i));
            all.add(p);
        }
        int cols = kept.size();
        int[] w = new int[cols];
        for (List<AttributedString> r : all) for (int i = 0; i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).columnLength());
        int[] cells = new int[cols];   // the widest cell under each header: a header wider than its cells gives way first
        for (int n = header.isEmpty() ? 0 : 1; n < all.size(); n++) {
            List<AttributedString> r = all.get(n);
            for (int i = 0; i < r.size(); i++) cells[i] = Math.max(cells[i], r.get(i).columnLength());
        }
        int shown = fit(w, cells, width);
        List<AttributedString> out = new ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            List<AttributedString> r = all.get(n);
            AttributedStringBuilder sb = new AttributedStringBuilder();
            boolean head = n == 0 && !header.isEmpty();
            int last = Math.min(r.size(), shown);
            for (int i = 0; i < last; i++) {
                AttributedString cell = cut(r.get(i), w[i]);
                String pad = " ".repeat(w[i] - cell.columnLength());
                boolean right = rightAligned.contains(kept.get(i));
                if (right) sb.append(pad);
                if (head && colour) sb.styled(AttributedStyle.BOLD, cell.toString());
                else sb.append(cell);
                if (i < last - 1) sb.append(right ? "  " : pad + "  ");
            }
            out.add(trimRight(sb.toAttributedString()));
            if (head && rule) {
                StringBuilder dashes = new StringBuilder();
                for (int i = 0; i < shown; i++) dashes.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
                out.add(new AttributedString(dashes.toString()));
            }
        }
        if (!header.isEmpty()) for (int i = shown; i < Math.min(cols, all.get(0).size()); i++) leftOut.add(all.get(0).get(i).toString());
        if (!leftOut.isEmpty() && !header.isEmpty()) {
            out.add(new AttributedString(Text.t("table.columns.left.out", String.join(", ", leftOut))));
        }
        return out;
    }

    /** The columns shown, in order: all of them, less the optional ones (in their order) while the cells do not fit {@code width}. */
    private List<Integer> kept(List<List<AttributedString>> all, int width) {
        int cols = header.size();
        for (List<AttributedString> r : rows) cols = Math.max(cols, r.size());
        int[] w = new int[cols];
        for (List<AttributedString> r : all) for (int i = 0; i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).columnLength());
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < cols; i++) kept.add(i);
        for (int drop : optional) {
            int total = -2;
            for (int i : kept) total += w[i] + 2;
            if (width <= 0 || total <= width) break;
            kept.remove(Integer.valueOf(drop));
        }
        return kept;
    }

    /**
     * Sets the widths so that the row fits {@code width} (two columns between cells); returns how many columns,
     * from the left, are shown.
     */
    private static int fit(int[] w, int[] cells, int width) {
        int shown = w.length;
        if (width <= 0) return shown;
        while (shown > 2 && narrowest(w, shown) > width) shown--;
        while (true) {
            int total = 2 * (shown - 1);
            int widest = -1, header = -1;
            for (int i = 0; i < shown; i++) {
                total += w[i];
                if (i > 0 && w[i] > MIN_CELL && (widest < 0 || w[i] > w[widest])) widest = i;
                if (i > 0 && w[i] > Math.max(MIN_CELL, cells[i]) && (header < 0 || w[i] - cells[i] > w[header] - cells[header])) header = i;
            }
            if (total <= width) return shown;
            if (header > 0) w[header]--;   // only a header is cut, every cell stays whole
            else if (widest > 0) w[widest]--;
            else if (w[0] > MIN_CELL) w[0]--;
            else return shown;
        }
    }

    /** The narrowest the first {@code shown} columns can be with the first one whole. */
    private static int narrowest(int[] w, int shown) {
        int total = w[0] + 2 * (shown - 1);
        for (int i = 1; i < shown; i++) total += Math.min(w[i], MIN_CELL);
        return total;
    }

    /** Narrowest a column gets when the table must fit the screen. */
    static final int MIN_CELL = 8;

    private static AttributedString cut(AttributedString cell, int width) {
        if (cell.columnLength() <= width) return cell;
        return new AttributedStringBuilder().append(cell.columnSubSequence(0, width - 1)).append("…").toAttributedString();
    }

    private static AttributedString trimRight(AttributedString s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.subSequence(0, end);
    }

    /** The lines as plain text, as wide as the cells: for output that is not a terminal's (reports, the scoreboard). */
    public List<String> lines() {
        return render(false, 0).stream().map(AttributedString::toString).toList();
    }

}
