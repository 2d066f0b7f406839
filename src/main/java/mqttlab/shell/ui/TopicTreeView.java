package mqttlab.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mqttlab.shell.Styles;
import mqttlab.shell.tree.TopicTree;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The topic tree drawn like MQTT Explorer's, in text: one line per level with ├─/└─ guides, and for
 * a topic that carried messages its last value, message count and a retained marker.
 */
public final class TopicTreeView {
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
            styles.append(sb, Styles.TOPIC, e.getKey().isEmpty() ? "\"\"" : e.getKey());
            if (c.count() > 0) {
                String v = MessageLine.payloadText(c.last());
                v = v == null ? "0x" + java.util.HexFormat.of().formatHex(c.last()) : v.replace('\n', ' ');
                if (v.length() > maxValue) v = v.substring(0, Math.max(1, maxValue - 1)) + "…";
                sb.append(" = ").append(v);
                styles.append(sb, Styles.FAINT, "  (" + c.count() + (c.count() == 1 ? " msg" : " msgs") + ")");
                if (c.retained()) styles.append(sb, Styles.RETAIN, " [retained]");
            } else if (!c.children().isEmpty()) {
                styles.append(sb, Styles.FAINT, "  (" + c.total() + ")");
            }
            out.add(sb.toAttributedString());
            walk(c, indent + (last ? "   " : "│  "), styles, maxValue, out);
        }
    }
}
