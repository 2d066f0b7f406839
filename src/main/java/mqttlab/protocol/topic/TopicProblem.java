package mqttlab.protocol.topic;

import java.util.Objects;
import mqttlab.text.Lang;
import mqttlab.text.Phrase;
import mqttlab.text.Text;

/**
 * Why a topic name, topic filter or shared subscription is invalid: which rule it breaks, at which
 * level and character. {@link #describe()} gives the one line people read, e.g.
 * {@code topic filter "a+/c/d" is invalid: level 1 "a+", character 2: '+' must occupy a whole level [MQTT-4.7.1-3]}.
 *
 * @param kind      what was checked: {@link #NAME}, {@link #FILTER} or {@link #SHARED}
 * @param input     the text as given
 * @param level     1-based level the problem is in, 0 when it concerns the whole string
 * @param levelText the text of that level ("" when level is 0)
 * @param index     0-based UTF-16 index of the offending character in {@code input}, -1 for the whole string
 * @param reason    what is wrong, in plain words (a catalogue sentence: English in the broker's log, the lab's language at the shell)
 * @param rule      the normative statement without brackets, e.g. "MQTT-4.7.1-3"
 */
public record TopicProblem(String kind, String input, int level, String levelText, int index, Phrase reason, String rule) {
    public static final String NAME = "topic name";
    public static final String FILTER = "topic filter";
    public static final String SHARED = "shared subscription";

    public TopicProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(levelText, "levelText");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }

    /** 1-based position of the offending character counted in characters (code points), 0 for the whole string. */
    public int character() {
        return index < 0 ? 0 : input.codePointCount(0, Math.min(index, input.length())) + 1;
    }

    /** Where, without the input: {@code level 1 "a+", character 2}, or "" for the whole string. */
    public String where() { return where(Lang.EN); }

    private String where(Lang lang) {
        if (level <= 0) return index < 0 ? "" : Text.in(lang, "topicrule.where.char", character());
        return index < 0 ? Text.in(lang, "topicrule.where.level", level, levelText)
                : Text.in(lang, "topicrule.where.level.char", level, levelText, character());
    }

    /** One line in English (the broker's log, a reason string): what was checked, where it goes wrong, why, and the rule. */
    public String describe() { return describe(Lang.EN); }

    /** As {@link #describe()}, in the language the lab speaks: for a person at the shell. */
    public String shown() { return describe(Text.lang()); }

    public String describe(Lang lang) {
        String where = where(lang);
        return Text.in(lang, "topicrule.problem", Text.in(lang, "topicrule.kind." + kindKey()), printable(input),
                where.isEmpty() ? "" : where + ": ", reason.in(lang), rule);
    }

    private String kindKey() {
        return switch (kind) {
            case NAME -> "name";
            case FILTER -> "filter";
            default -> "shared";
        };
    }

    /** Shows control characters (U+0000 above all) as \\uXXXX so the line stays readable. */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        if (s.length() > 200) return (b == null ? s : b.toString()).substring(0, 200) + "… (" + s.length() + " characters)";
        return b == null ? s : b.toString();
    }
}
