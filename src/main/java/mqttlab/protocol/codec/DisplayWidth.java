package mqttlab.protocol.codec;

/**
 * Terminal columns a string takes: East Asian wide characters (Hangul, CJK, full-width forms, most
 * emoji) take two, combining marks none, everything else one. The wcwidth rules, reduced to the ranges that matter here.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(int cp) {
        if (cp == 0) return 0;
        if (cp >= 0x0300 && cp <= 0x036F || cp >= 0x1160 && cp <= 0x11FF || cp == 0x200B || cp >= 0xFE00 && cp <= 0xFE0F) return 0;
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) return 2;
        return 1;
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** s padded with spaces to {@code width} columns (unchanged when already wider). */
    public static String pad(String s, int width) {
        int w = of(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** Splits s into lines of at most {@code width} columns, breaking at spaces where it can. */
    public static java.util.List<String> wrap(String s, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineW = 0;
        for (String word : s.split(" ", -1)) {
            int ww = of(word);
            if (lineW > 0 && lineW + 1 + ww > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineW = 0;
            }
            if (lineW > 0) { line.append(' '); lineW++; }
            while (ww > width) {
                int cut = 0, cw = 0;
                while (cut < word.length() && cw + of(word.codePointAt(cut)) <= width - lineW) {
                    cw += of(word.codePointAt(cut));
                    cut += Character.charCount(word.codePointAt(cut));
                }
                if (cut == 0) { lines.add(line.toString()); line.setLength(0); lineW = 0; continue; }
                line.append(word, 0, cut);
                lines.add(line.toString());
                line.setLength(0);
                lineW = 0;
                word = word.substring(cut);
                ww = of(word);
            }
            line.append(word);
            lineW += ww;
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
