package mqttlab.protocol.topic;

/**
 * Colour and marks for text answers (widths: {@link mqttlab.text.Columns}). {@link #PLAIN} for pipes and files; the caller decides colour (terminal, NO_COLOR).
 */
public record TextStyle(boolean color, boolean unicode) {
    public static final TextStyle PLAIN = new TextStyle(false, true);

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    public String yes() {
        return unicode ? "✓" : "[yes]";
    }

    public String no() {
        return unicode ? "✗" : "[no]";
    }

    public String good(String s) {
        return color ? GREEN + s + RESET : s;
    }

    public String bad(String s) {
        return color ? RED + s + RESET : s;
    }

    public String dim(String s) {
        return color ? DIM + s + RESET : s;
    }
}
