package mqttlab.shell.mqtt;

/** A small JSON syntax check, for mosquitto_sub's %J (the payload is embedded only if it is valid JSON). */
final class Json {
    private final String s;
    private int i;

    private Json(String s) { this.s = s; }

    static boolean valid(String text) {
        Json j = new Json(text);
        try {
            j.ws();
            j.value();
            j.ws();
            return j.i == text.length();
        } catch (IllegalStateException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private void value() {
        char c = s.charAt(i);
        switch (c) {
            case '{' -> composite('}', true);
            case '[' -> composite(']', false);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void composite(char close, boolean object) {
        i++;
        ws();
        if (s.charAt(i) == close) { i++; return; }
        while (true) {
            ws();
            if (object) { string(); ws(); expect(':'); ws(); }
            value();
            ws();
            if (s.charAt(i) == ',') { i++; continue; }
            expect(close);
            return;
        }
    }

    private void string() {
        expect('"');
        while (s.charAt(i) != '"') {
            if (s.charAt(i) < 0x20) throw new IllegalStateException();
            if (s.charAt(i) == '\\') i++;
            i++;
        }
        i++;
    }

    private void number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        try {
            Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            throw new IllegalStateException();
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i)) throw new IllegalStateException();
        i += word.length();
    }

    private void expect(char c) {
        if (s.charAt(i) != c) throw new IllegalStateException();
        i++;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
