package mqttlab.lessons.render;

import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;

/**
 * Markdown to terminal text: headings, emphasis, code, lists, block quotes, links and GFM tables,
 * wrapped to a width in display columns, with ANSI styles when {@code colour} is on and plain text
 * when it is off (the shell's TerminalLook decides).
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final boolean colour;

    public MarkdownRenderer(boolean colour) {
        this.colour = colour;
    }

    /** The styled lines, for a JLine terminal ({@code AttributedString.println}/{@code printAbove}). */
    public static List<AttributedString> lines(String markdown, int width) {
        Node doc = PARSER.parse(markdown);
        return BlockLayout.children(doc, Math.max(20, width), false, 0);
    }

    /** The text to print, lines joined with {@code \n} and ending with one. */
    public String render(String markdown, int width) {
        return lines(markdown, width).stream()
                .map(l -> colour ? l.toAnsi() : l.toString())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
