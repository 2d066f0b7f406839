package mqttlab.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.util.List;
import mqttlab.text.Text;

/** Parses hex as people type it: {@code 32 0a}, {@code 320a}, {@code 0x32 0x0a}, {@code 32:0a}, {@code 32,0a}. */
public final class HexInput {
    private HexInput() {}

    /** @throws IllegalArgumentException with a one-line message naming the offending text */
    public static byte[] parse(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String arg : args) {
            for (String token : arg.split("[\\s:,]+")) {
                if (token.isEmpty()) continue;
                String t = token.startsWith("0x") || token.startsWith("0X") ? token.substring(2) : token;
                if (t.isEmpty() || !t.matches("[0-9a-fA-F]+")) throw new IllegalArgumentException(Text.t("tools.not.hex", token));
                if (t.length() == 1) t = "0" + t;
                if (t.length() % 2 != 0) throw new IllegalArgumentException(Text.t("tools.odd.hex", token));
                for (int i = 0; i < t.length(); i += 2) out.write(Integer.parseInt(t.substring(i, i + 2), 16));
            }
        }
        return out.toByteArray();
    }
}
