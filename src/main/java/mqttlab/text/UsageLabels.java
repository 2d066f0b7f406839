package mqttlab.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of picocli's usage lines ({@code -h=호스트}) in the lab's language. Commands write
 * {@code paramLabel = "${bundle:label.host:-HOST}"}, picocli's own lookup in the catalogue it is given.
 *
 * <p>picocli lays its option table out by characters, not by display width: a Korean label, two columns
 * a syllable, pushed that row's description to the right, and its synopsis broke a label in the middle
 * ("페이로" / "드"). So picocli is given a stand-in for each wide label instead, a token of private-use
 * characters exactly as wide as the label (one column each, no spaces, so never split), and the
 * finished text gets the labels back. English labels, as wide as they are long, are given as they are.
 * The synopsis heading ("사용법: ", eight columns in five characters) is measured the same way: picocli
 * lets the synopsis' first line run past the width by the difference otherwise.
 */
final class UsageLabels {
    private UsageLabels() { }

    static final String PREFIX = "label.";
    static final String HEADING = "usage.synopsisHeading";
    private static final char START = '\uE000', FILL = '\uE001', INDEX = '\uE100';
    private static final Pattern TOKEN = Pattern.compile(START + "(.)" + FILL + "*");

    /** {@code base} with each wide {@code label.*} value replaced by its token; every other key as it is. */
    static ResourceBundle forPicocli(ResourceBundle base) {
        List<String> labels = labels(base);
        return new ResourceBundle() {
            @Override protected Object handleGetObject(String key) {
                if (!base.containsKey(key)) return null;
                String v = base.getString(key);
                int i = labels.indexOf(key);
                return i < 0 || Columns.of(v) == v.length() ? v : token(i, Columns.of(v));
            }

            @Override public Enumeration<String> getKeys() { return base.getKeys(); }

            @Override public String getBaseBundleName() { return base.getBaseBundleName(); }
        };
    }

    /** {@code text} with every token back to the label it stands for, in {@code base}'s language. */
    static String restore(String text, ResourceBundle base) {
        if (text == null || text.indexOf(START) < 0) return text;
        List<String> labels = labels(base);
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - INDEX;
            m.appendReplacement(sb, Matcher.quoteReplacement(i >= 0 && i < labels.size() ? base.getString(labels.get(i)) : m.group()));
        }
        return m.appendTail(sb).toString();
    }

    /** Per catalogue, once: a help's every section asks again. */
    private static final java.util.Map<ResourceBundle, List<String>> LABELS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The catalogue's label keys and the synopsis heading, in a fixed order: a token's index is its place here. */
    private static List<String> labels(ResourceBundle base) {
        return LABELS.computeIfAbsent(base, UsageLabels::find);
    }

    private static List<String> find(ResourceBundle base) {
        List<String> keys = new ArrayList<>();
        for (String k : Collections.list(base.getKeys())) if (k.startsWith(PREFIX) || k.equals(HEADING)) keys.add(k);
        Collections.sort(keys);
        return List.copyOf(keys);
    }

    private static String token(int index, int width) {
        return START + String.valueOf((char) (INDEX + index)) + String.valueOf(FILL).repeat(Math.max(0, width - 2));
    }
}
