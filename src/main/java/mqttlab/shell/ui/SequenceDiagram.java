package mqttlab.shell.ui;

import mqttlab.text.Columns;
import mqttlab.text.OutsideText;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A sequence diagram in text: one vertical lane per party (publisher │ broker │ subscribers), one
 * labelled arrow per packet, in order. Aligned by display width, so Korean client ids and topics
 * line up. {@code bytes} adds each packet's hex under its arrow.
 */
public final class SequenceDiagram {

    /** One packet: from lane, to lane, its label, its bytes (may be null), and whether to stress it (e.g. a QoS downgrade). */
    public record Step(int from, int to, String label, byte[] bytes, boolean stress) { }

    private final List<String> lanes;
    private final List<Step> steps = new ArrayList<>();

    /** Lane names are client ids: someone else's text, one line, at most {@link #MAX_LANE} columns. */
    public SequenceDiagram(List<String> lanes) { this.lanes = lanes.stream().map(l -> OutsideText.line(l, MAX_LANE)).toList(); }

    static final int MAX_LANE = 24;

    public SequenceDiagram step(int from, int to, String label, byte[] bytes, boolean stress) {
        steps.add(new Step(from, to, OutsideText.line(label), bytes, stress));
        return this;
    }

    /** The lanes' names, left to right (already made one line). */
    public List<String> lanes() { return lanes; }

    /** The packets, in order. */
    public List<Step> steps() { return List.copyOf(steps); }

    public List<AttributedString> render(boolean withBytes, boolean colour) {
        return render(withBytes, colour, 0);
    }

    /**
     * As {@link #render(boolean, boolean)}, no wider than {@code width} columns (0: as wide as its labels):
     * lanes move closer, and lane names and labels that no longer fit are cut with an ellipsis, so the
     * terminal never wraps a diagram into pieces.
     */
    public List<AttributedString> render(boolean withBytes, boolean colour, int width) {
        int gap = 14;
        for (Step s : steps) gap = Math.max(gap, Columns.of(s.label()) / Math.max(1, Math.abs(s.to() - s.from())) + 4);
        for (String l : lanes) gap = Math.max(gap, Columns.of(l) + 2);
        int first = Math.max(1, Columns.of(lanes.get(0)) / 2);
        if (width > 0 && lanes.size() > 1) {
            int lastHalf = (Columns.of(lanes.get(lanes.size() - 1)) + 1) / 2;
            gap = Math.max(MIN_GAP, Math.min(gap, (width - 1 - first - lastHalf) / (lanes.size() - 1)));
        }
        int[] x = new int[lanes.size()];
        for (int i = 0; i < x.length; i++) x[i] = first + i * gap;
        List<AttributedString> out = new ArrayList<>();
        out.add(header(x, colour, gap));
        for (Step s : steps) {
            int lo = Math.min(s.from(), s.to()), hi = Math.max(s.from(), s.to());
            AttributedStyle st = colour ? (s.stress() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT.bold()) : AttributedStyle.DEFAULT;
            String label = OutsideText.cut(s.label(), Math.max(4, gap * (hi - lo) - 3));
            out.add(lineWithText(x, x[lo] + 2, label, st));
            out.add(arrow(x, x[lo], x[hi], s.to() > s.from()));
            if (withBytes && s.bytes() != null) out.add(lineWithText(x, x[lo] + 2, hex(s.bytes(), gap * (hi - lo) - 3), AttributedStyle.DEFAULT.faint()));
        }
        out.add(lineWithText(x, 0, "", AttributedStyle.DEFAULT));
        return out;
    }

    /** Lanes closer than this leave no room for a label. */
    private static final int MIN_GAP = 10;

    private AttributedString header(int[] x, boolean colour, int gap) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int col = 0;
        for (int i = 0; i < lanes.size(); i++) {
            String name = OutsideText.cut(lanes.get(i), gap - 1);
            int start = Math.max(col, x[i] - Columns.of(name) / 2);
            sb.append(" ".repeat(start - col));
            sb.styled(colour ? AttributedStyle.BOLD : AttributedStyle.DEFAULT, name);
            col = start + Columns.of(name);
        }
        return sb.toAttributedString();
    }

    /** Lanes as │, with text starting at column {@code at} (lanes under the text are hidden by it). */
    private AttributedString lineWithText(int[] x, int at, String text, AttributedStyle style) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int end = at + Columns.of(text);
        int col = 0;
        for (int lane : x) {
            if (!text.isEmpty() && col <= at && at < lane) {
                sb.append(" ".repeat(at - col)).styled(style, text);
                col = end;
            }
            if (lane < col) continue;
            sb.append(" ".repeat(lane - col)).append("│");
            col = lane + 1;
        }
        if (!text.isEmpty() && col <= at) sb.append(" ".repeat(at - col)).styled(style, text);
        return sb.toAttributedString();
    }

    private AttributedString arrow(int[] x, int from, int to, boolean right) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int col = 0;
        for (int lane : x) {
            if (lane < from || lane > to) {
                sb.append(" ".repeat(lane - col)).append("│");
                col = lane + 1;
            } else if (lane == from) {
                sb.append(" ".repeat(lane - col)).append(right ? "├" : "◀");
                int len = to - from - 1;
                sb.append("─".repeat(Math.max(0, len))).append(right ? "▶" : "┤");
                col = to + 1;
            }
        }
        return sb.toAttributedString();
    }

    private static String hex(byte[] b, int max) {
        String h = HexFormat.ofDelimiter(" ").formatHex(b);
        return h.length() <= Math.max(11, max) ? h : h.substring(0, Math.max(8, max - 1)) + "…";
    }
}
