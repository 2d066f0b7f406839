package mqttlab.lessons.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Wraps styled text to a width measured in terminal columns (a Hangul syllable is two), breaking at
 * spaces, and hard-breaking a word wider than a whole line. A newline in the text is kept.
 */
public final class Wrap {
    private Wrap() {}

    public static List<AttributedString> wrap(AttributedString text, int width) {
        int w = Math.max(1, width);
        List<AttributedString> out = new ArrayList<>();
        int start = 0;
        String s = text.toString();
        for (int nl = s.indexOf('\n'); ; nl = s.indexOf('\n', start)) {
            int end = nl < 0 ? s.length() : nl;
            wrapLine(text.subSequence(start, end), w, out);
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    private static void wrapLine(AttributedString line, int width, List<AttributedString> out) {
        AttributedStringBuilder cur = new AttributedStringBuilder();
        int col = 0;
        for (AttributedString word : words(line)) {
            int len = word.columnLength();
            if (col > 0 && col + 1 + len <= width) {
                cur.append(' ').append(word);
                col += 1 + len;
                continue;
            }
            if (col > 0) {
                out.add(cur.toAttributedString());
                cur = new AttributedStringBuilder();
                col = 0;
            }
            while (len > width) {                       // a word wider than the line: cut it by columns
                AttributedString head = word.columnSubSequence(0, width);
                if (head.length() == 0) head = word.subSequence(0, 1);
                out.add(head);
                word = word.subSequence(head.length(), word.length());
                len = word.columnLength();
            }
            cur.append(word);
            col = len;
        }
        out.add(cur.toAttributedString());
    }

    private static List<AttributedString> words(AttributedString line) {
        List<AttributedString> words = new ArrayList<>();
        String s = line.toString();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ') j++;
            if (j > i) words.add(line.subSequence(i, j));
            i = j;
        }
        return words;
    }

    /** Pads (or cuts) to exactly {@code width} columns, aligned left, right or centre. */
    static AttributedString fit(AttributedString s, int width, char align) {
        int len = s.columnLength();
        if (len > width) return s.columnSubSequence(0, width);
        int pad = width - len;
        int left = align == 'r' ? pad : align == 'c' ? pad / 2 : 0;
        return new AttributedStringBuilder().append(" ".repeat(left)).append(s).append(" ".repeat(pad - left)).toAttributedString();
    }
}
