package mqttlab.lessons.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out Markdown blocks as terminal lines no wider than the width given. Containers (quotes,
 * list items) lay out their children narrower and add their prefix, as commonmark's
 * TextContentWriter does with its prefix stack, except to code, which stays verbatim.
 */
final class BlockLayout {
    private static final String[] BULLETS = {"• ", "◦ ", "▪ "};

    private BlockLayout() {}

    /** The children of {@code parent}, separated by blank lines unless {@code tight}. */
    static List<AttributedString> children(Node parent, int width, boolean tight, int depth) {
        List<AttributedString> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof LinkReferenceDefinition) continue;
            List<AttributedString> lines = block(n, width, depth);
            if (lines.isEmpty()) continue;
            if (!out.isEmpty() && !tight) out.add(AttributedString.EMPTY);
            out.addAll(lines);
        }
        return out;
    }

    static List<AttributedString> block(Node n, int width, int depth) {
        if (n instanceof Paragraph) return Wrap.wrap(InlineStyler.style(n, AttributedStyle.DEFAULT), width);
        if (n instanceof Heading h) return heading(h, width);
        if (n instanceof BlockQuote) return prefixed(children(n, width - 2, false, depth), new AttributedString("│ ", Styles.RULE), null);
        if (n instanceof ListBlock list) return list(list, width, depth);
        if (n instanceof FencedCodeBlock f) return code(f.getLiteral(), width);
        if (n instanceof IndentedCodeBlock c) return code(c.getLiteral(), width);
        if (n instanceof ThematicBreak) return List.of(new AttributedString("─".repeat(Math.max(1, width)), Styles.RULE));
        if (n instanceof HtmlBlock html) return Wrap.wrap(new AttributedString(html.getLiteral().strip()), width);
        if (n instanceof TableBlock t) return TableLayout.layout(t, width);
        return children(n, width, false, depth);
    }

    private static List<AttributedString> heading(Heading h, int width) {
        AttributedStyle style = h.getLevel() == 1 ? Styles.H1 : h.getLevel() == 2 ? Styles.H2 : Styles.H3;
        List<AttributedString> lines = new ArrayList<>(Wrap.wrap(InlineStyler.style(h, style), width));
        if (h.getLevel() <= 2) {
            int len = lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
            lines.add(new AttributedString((h.getLevel() == 1 ? "═" : "─").repeat(Math.max(1, Math.min(len, width))), Styles.RULE));
        }
        return lines;
    }

    private static List<AttributedString> list(ListBlock list, int width, int depth) {
        List<AttributedString> out = new ArrayList<>();
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        int items = 0;
        for (Node i = list.getFirstChild(); i != null; i = i.getNext()) items++;
        int numWidth = String.valueOf(number + items - 1).length();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            String marker = list instanceof OrderedList
                    ? " ".repeat(numWidth - String.valueOf(number).length()) + number + ". "
                    : BULLETS[Math.min(depth, BULLETS.length - 1)];
            List<AttributedString> body = children(item, width - marker.length(), list.isTight(), depth + 1);
            if (body.isEmpty()) body = List.of(AttributedString.EMPTY);
            if (!out.isEmpty() && !list.isTight()) out.add(AttributedString.EMPTY);
            out.addAll(prefixed(body, new AttributedString(marker), new AttributedString(" ".repeat(marker.length()))));
        }
        return out;
    }

    /** A code block verbatim ({@link CodeLine}s), between two faint rules as wide as its longest line. */
    private static List<AttributedString> code(String literal, int width) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<AttributedString> body = new ArrayList<>();
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            CodeLine l = new CodeLine(expandTabs(line));
            widest = Math.max(widest, l.columnLength());
            body.add(l);
        }
        List<AttributedString> out = new ArrayList<>();
        AttributedString rule = CodeLine.rule(Math.min(widest, width));
        out.add(rule);
        out.addAll(body);
        out.add(rule);
        return out;
    }

    /** Tabs as the spaces a terminal would show (stops every 8 columns), so the copy lines up as it looked. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) return line;
        StringBuilder b = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') b.append(" ".repeat(8 - b.length() % 8));
            else b.append(c);
        }
        return b.toString();
    }

    /** Adds {@code first} before the first line and {@code rest} (or {@code first} again) before the others. */
    private static List<AttributedString> prefixed(List<AttributedString> lines, AttributedString first, AttributedString rest) {
        List<AttributedString> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AttributedString p = i == 0 || rest == null ? first : rest;
            AttributedString line = lines.get(i);
            if (line instanceof CodeLine) {             // code keeps its own indentation, never the container's
                out.add(line);
                continue;
            }
            out.add(line.length() == 0 && rest != null && i > 0 ? AttributedString.EMPTY
                    : new AttributedStringBuilder().append(p).append(line).toAttributedString());
        }
        return out;
    }
}
