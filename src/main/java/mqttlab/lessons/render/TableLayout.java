package mqttlab.lessons.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A GFM table drawn with box lines, columns sized by display width (Korean is two columns a
 * character). When the table is wider than the terminal, the widest columns give way and their
 * cells wrap.
 */
final class TableLayout {
    private static final String SEP = " │ ";
    private static final int MIN_COL = 4;

    private TableLayout() {}

    static List<AttributedString> layout(TableBlock table, int width) {
        List<List<AttributedString>> rows = new ArrayList<>();
        List<Character> align = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<AttributedString> cells = new ArrayList<>();
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    TableCell tc = (TableCell) cell;
                    cells.add(InlineStyler.style(tc, tc.isHeader() ? Styles.TABLE_HEAD : AttributedStyle.DEFAULT));
                    if (align.size() <= c) align.add(code(tc.getAlignment()));
                }
                rows.add(cells);
                if (section instanceof TableHead) headerRows++;
            }
        }
        int cols = align.size();
        int[] w = new int[cols];
        for (List<AttributedString> r : rows) {
            for (int c = 0; c < r.size(); c++) w[c] = Math.max(w[c], r.get(c).columnLength());
        }
        int available = Math.max(cols * MIN_COL, width - SEP.length() * (cols - 1));
        while (sum(w) > available) {
            int widest = 0;
            for (int c = 1; c < cols; c++) if (w[c] > w[widest]) widest = c;
            if (w[widest] <= MIN_COL) break;
            w[widest]--;
        }
        List<AttributedString> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(row(rows.get(r), w, align));
            if (r == headerRows - 1) out.add(rule(w));
        }
        return out;
    }

    private static List<AttributedString> row(List<AttributedString> cells, int[] w, List<Character> align) {
        List<List<AttributedString>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < w.length; c++) {
            AttributedString cell = c < cells.size() ? cells.get(c) : AttributedString.EMPTY;
            List<AttributedString> lines = Wrap.wrap(cell, w[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<AttributedString> out = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            for (int c = 0; c < w.length; c++) {
                if (c > 0) b.styled(Styles.RULE, SEP);
                List<AttributedString> lines = wrapped.get(c);
                b.append(Wrap.fit(i < lines.size() ? lines.get(i) : AttributedString.EMPTY, w[c], align.get(c)));
            }
            out.add(trimEnd(b.toAttributedString()));
        }
        return out;
    }

    private static AttributedString rule(int[] w) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            if (c > 0) s.append("─┼─");
            s.append("─".repeat(w[c]));
        }
        return new AttributedString(s, Styles.RULE);
    }

    private static AttributedString trimEnd(AttributedString s) {
        String t = s.toString();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == ' ') end--;
        return s.subSequence(0, end);
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) s += x;
        return s;
    }

    private static char code(TableCell.Alignment a) {
        if (a == null) return 'l';
        return switch (a) {
            case RIGHT -> 'r';
            case CENTER -> 'c';
            default -> 'l';
        };
    }
}
