package mqttlab.protocol.topic;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import mqttlab.text.Columns;

/**
 * Renders the answer of {@code match FILTER TOPIC...} as text for a terminal of {@code width}
 * columns (used by {@code mqttlab match} and the shell's {@code match}). Colour only when asked;
 * ASCII marks instead of ✓ / ✗ when the output cannot show them. Widths are display widths, so
 * Korean topic levels line up.
 */
public final class MatchText {
    /** The rendered lines, and whether the filter and every topic were valid (exit code 0 vs 1). */
    public record Report(List<String> lines, boolean inputsValid) {
        public String text() {
            return String.join(System.lineSeparator(), lines) + System.lineSeparator();
        }
    }

    private static final int LEVEL_TEXT_MAX = 18;
    private final TextStyle style;
    private final int width;

    public MatchText(TextStyle style, int width) {
        this.style = style;
        this.width = Math.max(40, width);
    }

    public Report render(String filter, List<String> topics) {
        List<String> out = new ArrayList<>();
        TopicProblem filterProblem = TopicValidator.checkFilter(filter);
        boolean valid = filterProblem == null;
        if (!valid) out.addAll(problem(filterProblem));
        else if (topics.isEmpty()) {
            for (String line : wrap(style.yes() + " " + describeFilter(filter), "  ")) out.add(style.good(line));
        }
        else if (SharedSubscription.isShared(filter)) {
            out.addAll(wrap("  " + t("match.shared", shown(filter), SharedSubscription.shareNameOf(filter),
                    SharedSubscription.matchPartOf(filter)), "    "));
        }
        for (String topic : topics) {
            TopicProblem p = TopicValidator.checkName(topic);
            if (!out.isEmpty() && (p != null || valid)) out.add("");
            if (p != null) {
                valid = false;
                out.addAll(problem(p));
            } else if (filterProblem == null) {
                out.addAll(explanation(TopicMatcher.explain(SharedSubscription.matchPartOf(filter), topic)));
            }
        }
        return new Report(List.copyOf(out), valid);
    }

    /** The problem as one wrapped sentence, then the input with a caret under the offending character. */
    public List<String> problem(TopicProblem p) {
        List<String> out = new ArrayList<>(wrap(style.no() + " " + p.shown(), "  "));
        for (int i = 0; i < out.size(); i++) out.set(i, style.bad(out.get(i)));
        String shown = TopicProblem.printable(p.input());
        if (p.index() >= 0 && Columns.of(shown) <= width - 4) {
            int column = Columns.of(TopicProblem.printable(p.input().substring(0, p.index())));
            out.add("    " + shown);
            out.add("    " + " ".repeat(column) + style.bad("^"));
        }
        return out;
    }

    /** A header line (match or not) and a table: level, filter level, topic level, why. */
    public List<String> explanation(MatchExplanation e) {
        List<String> out = new ArrayList<>();
        MatchStep failure = e.failure();
        String head = e.matches() ? style.yes() + " " + t("match.head.matches", shown(e.filter()), shown(e.topic()))
                : style.no() + " " + t(failure.kind() == MatchStep.Kind.DOLLAR ? "match.head.dollar" : "match.head.different",
                        shown(e.filter()), shown(e.topic()))
                + (failure.rule() == null ? "" : " [" + failure.rule() + "]");
        for (String line : wrap(head, "  ")) out.add(e.matches() ? style.good(line) : style.bad(line));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("match.col.level"), t("match.col.filter"), t("match.col.topic"), t("match.col.why")});
        for (MatchStep s : e.steps()) {
            rows.add(new String[] {String.valueOf(s.level()), cell(s.filterLevel()), cell(s.topicLevel()),
                    s.reason()});
        }
        int[] w = new int[3];
        for (String[] r : rows) for (int c = 0; c < 3; c++) w[c] = Math.max(w[c], Columns.of(r[c]));
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder b = new StringBuilder("    ");
            for (int c = 0; c < 3; c++) b.append(Columns.pad(row[c], w[c] + 2));
            String prefix = b.toString();
            boolean failed = r > 0 && !e.steps().get(r - 1).ok();
            List<String> lines = Columns.of(prefix + row[3]) <= width ? List.of(prefix + row[3])
                    : List.of(prefix.stripTrailing(), " ".repeat(8) + row[3]);
            for (String line : lines) out.add(r == 0 ? style.dim(line) : failed ? style.bad(line) : line);
        }
        return out;
    }

    private static String describeFilter(String filter) {
        String match = SharedSubscription.matchPartOf(filter);
        List<String> levels = Topics.split(match);
        StringBuilder b = new StringBuilder(levels.size() == 1 ? t("match.valid.one", shown(filter))
                : t("match.valid", shown(filter), levels.size()));
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).equals("+")) b.append(t("match.valid.plus", i + 1));
            if (levels.get(i).equals("#")) b.append(t("match.valid.hash", i + 1));
        }
        if (SharedSubscription.isShared(filter)) {
            b.append(' ').append(t("match.valid.shared", SharedSubscription.shareNameOf(filter), match));
        }
        return b.toString();
    }

    private static String shown(String s) {
        return TopicProblem.printable(s);
    }

    private static String cell(String level) {
        if (level == null) return t("match.cell.none");
        if (level.isEmpty()) return t("match.cell.empty");
        return Columns.truncate(TopicProblem.printable(level), LEVEL_TEXT_MAX);
    }

    private List<String> wrap(String text, String indent) {
        return Columns.wrapWords(text, width, indent);
    }
}
