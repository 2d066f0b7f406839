package mqttlab.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mqttlab.shell.Styles;
import mqttlab.shell.tree.TopicTree;
import mqttlab.text.OutsideText;
import mqttlab.text.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The topic tree drawn like MQTT Explorer's, in text: one line per level with ├─/└─ guides, and for
 * a topic that carried messages its last value, message count and a retained marker. Levels and
 * values are other people's text, shown through {@link OutsideText} on one line each.
 */
public final class TopicTreeView {
    /** Widest topic level shown, in columns. */
    private static final int MAX_LEVEL = 60;

    private TopicTreeView() { }

    public static List<AttributedString> render(TopicTree.Node root, Styles styles, int maxValueWidth) {
        List<AttributedString> out = new ArrayList<>();
        walk(root, "", styles, maxValueWidth, out);
        return out;
    }

    private static void walk(TopicTree.Node node, String indent, Styles styles, int maxValue, List<AttributedString> out) {
        int i = 0;
        int n = node.children().size();
        for (Map.Entry<String, TopicTree.Node> e : node.children().entrySet()) {
            boolean last = ++i == n;
            TopicTree.Node c = e.getValue();
            AttributedStringBuilder sb = new AttributedStringBuilder();
            sb.append(indent).append(last ? "└─ " : "├─ ");
            styles.append(sb, Styles.TOPIC, e.getKey().isEmpty() ? "\"\"" : OutsideText.line(e.getKey(), MAX_LEVEL));
            if (c.count() > 0) {
                String v = MessageLine.payloadText(c.last());
                v = OutsideText.line(v == null ? "0x" + java.util.HexFormat.of().formatHex(c.last()) : v, Math.max(2, maxValue));
                sb.append(" = ").append(v);
                styles.append(sb, Styles.FAINT, "  (" + Text.t(c.count() == 1 ? "shell.tree.count.one" : "shell.tree.count", c.count()) + ")");
                if (c.retained()) styles.append(sb, Styles.RETAIN, " [retained]");
            } else if (!c.children().isEmpty()) {
                styles.append(sb, Styles.FAINT, "  (" + c.total() + ")");
            }
            out.add(sb.toAttributedString());
            walk(c, indent + (last ? "   " : "│  "), styles, maxValue, out);
        }
    }
}
