package mqttlab.lessons.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Turns a block's inline children into one styled string: emphasis in italics, strong in bold,
 * code in colour (its backticks dropped), a link as its text followed by its address when that
 * differs. A hard line break becomes a newline, a soft one a space.
 */
final class InlineStyler extends AbstractVisitor {
    private final AttributedStringBuilder out = new AttributedStringBuilder();
    private AttributedStyle style;

    private InlineStyler(AttributedStyle base) {
        this.style = base;
    }

    static AttributedString style(Node block, AttributedStyle base) {
        InlineStyler s = new InlineStyler(base);
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) n.accept(s);
        return s.out.toAttributedString();
    }

    @Override public void visit(Text text) { out.styled(style, text.getLiteral()); }

    @Override public void visit(Code code) { out.styled(style.foreground(AttributedStyle.YELLOW), code.getLiteral()); }

    @Override public void visit(Emphasis e) { within(style.italic(), e); }

    @Override public void visit(StrongEmphasis e) { within(style.bold(), e); }

    @Override public void visit(SoftLineBreak b) { out.styled(style, " "); }

    @Override public void visit(HardLineBreak b) { out.append("\n"); }

    @Override public void visit(HtmlInline html) { out.styled(style, html.getLiteral()); }

    @Override public void visit(Image image) { within(style.italic(), image); }

    @Override public void visit(Link link) {
        int before = out.length();
        within(style.underline(), link);
        String text = out.toString().substring(before);
        String dest = link.getDestination();
        String bare = dest.replaceFirst("^mailto:", "");
        if (!dest.isEmpty() && !text.equals(dest) && !text.equals(bare)) {
            out.styled(style, " (").styled(Styles.LINK_URL, dest).styled(style, ")");
        }
    }

    private void within(AttributedStyle inner, Node parent) {
        AttributedStyle saved = style;
        style = inner;
        visitChildren(parent);
        style = saved;
    }
}
