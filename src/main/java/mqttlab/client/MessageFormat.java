package mqttlab.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * mosquitto_sub's output for one message: the payload alone, {@code -v} (topic, space, payload),
 * or a {@code -F} format with its %-fields, printf-style flags/width/precision, @-time fields and
 * backslash escapes. Output is bytes: payloads are printed as received, as mosquitto does.
 */
public final class MessageFormat {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private final String format;
    private final boolean verbose;
    private final boolean newline;

    /** {@code format} null: mosquitto's default output ({@code -v} adds the topic); {@code newline} false is -N. */
    public MessageFormat(String format, boolean verbose, boolean newline) {
        this.format = format;
        this.verbose = verbose;
        this.newline = newline;
    }

    /** The bytes to print; throws {@link IllegalArgumentException} with mosquitto's message when %J meets bad JSON. */
    public byte[] render(Received m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == null) {
            if (verbose) {
                out.writeBytes(m.topic().getBytes(StandardCharsets.UTF_8));
                out.write(' ');
                out.writeBytes(m.payload().length == 0 ? "(null)".getBytes(StandardCharsets.US_ASCII) : m.payload());
            } else {
                out.writeBytes(m.payload());
            }
            if (newline) out.write('\n');
            return out.toByteArray();
        }
        renderFormat(m, out);
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    private void renderFormat(Received m, ByteArrayOutputStream out) {
        ZonedDateTime time = m.time().atZone(ZoneId.systemDefault());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                int j = i + 1;
                StringBuilder flags = new StringBuilder();
                while (j < format.length() && "-0 +#".indexOf(format.charAt(j)) >= 0) flags.append(format.charAt(j++));
                int width = 0;
                while (j < format.length() && Character.isDigit(format.charAt(j))) width = width * 10 + format.charAt(j++) - '0';
                int precision = -1;
                if (j < format.length() && format.charAt(j) == '.') {
                    j++;
                    precision = 0;
                    while (j < format.length() && Character.isDigit(format.charAt(j))) precision = precision * 10 + format.charAt(j++) - '0';
                }
                if (j >= format.length()) { out.write('%'); continue; }
                char field = format.charAt(j);
                byte[] value = FormatFields.field(field, m, time);
                if (value == null) { out.writeBytes(format.substring(i, j + 1).getBytes(StandardCharsets.UTF_8)); i = j; continue; }
                boolean numeric = "lqrmF".indexOf(field) >= 0;
                out.writeBytes(pad(value, flags.toString(), width, precision, numeric));
                i = j;
            } else if (c == '@' && i + 1 < format.length()) {
                char f = format.charAt(++i);
                out.writeBytes(FormatFields.time(f, m.time(), time).getBytes(StandardCharsets.UTF_8));
            } else if (c == '\\' && i + 1 < format.length()) {
                char e = format.charAt(++i);
                switch (e) {
                    case 'a' -> out.write(7);
                    case 'e' -> out.write(27);
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'v' -> out.write(11);
                    case '0' -> out.write(0);
                    case '\\' -> out.write('\\');
                    default -> { out.write('\\'); out.write(e); }
                }
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] pad(byte[] value, String flags, int width, int precision, boolean numeric) {
        byte[] v = value;
        if (precision >= 0 && !numeric && v.length > precision) v = java.util.Arrays.copyOf(v, precision);
        if (v.length >= width) return v;
        byte fill = (byte) (numeric && flags.contains("0") && !flags.contains("-") ? '0' : ' ');
        byte[] out = new byte[width];
        int padLen = width - v.length;
        if (flags.contains("-")) {
            System.arraycopy(v, 0, out, 0, v.length);
            java.util.Arrays.fill(out, v.length, width, (byte) ' ');
        } else {
            java.util.Arrays.fill(out, 0, padLen, fill);
            System.arraycopy(v, 0, out, padLen, v.length);
        }
        return out;
    }

    static String iso(ZonedDateTime t) { return ISO.format(t); }

    static String hex(byte[] b, boolean upper) {
        String h = HexFormat.of().formatHex(b);
        return upper ? h.toUpperCase() : h;
    }
}
