package mqttlab.protocol.codec;

/** A minimal JSON writer: enough for explanations, no dependency. Commas are placed automatically. */
final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    Json open(char c) { comma(); sb.append(c); needComma = false; return this; }

    Json close(char c) { sb.append(c); needComma = true; return this; }

    Json key(String k) { comma(); quote(k); sb.append(':'); needComma = false; return this; }

    Json str(String v) { comma(); if (v == null) sb.append("null"); else quote(v); needComma = true; return this; }

    Json num(long v) { comma(); sb.append(v); needComma = true; return this; }

    Json raw(String v) { comma(); sb.append(v); needComma = true; return this; }

    private void comma() { if (needComma) sb.append(','); }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> { if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c); }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() { return sb.toString(); }
}
