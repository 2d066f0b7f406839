package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    /** The conversion letters a format consumes, in argument order. */
    static String conversions(String f) {
        Matcher m = SPEC.matcher(f);
        java.util.TreeMap<Integer, String> byArg = new java.util.TreeMap<>();
        int next = 1;
        while (m.find()) {
            if (m.group(3).equals("%") || m.group(3).equals("n")) continue;
            int arg = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : next++;
            byArg.put(arg, m.group(3));
        }
        return String.join("", byArg.values());
    }

    @Test
    @DisplayName("every message has the same arguments, of the same kinds, in English and Korean")
    void sameArgumentsInBothLanguages() {
        for (Msg m : Msg.values()) {
            assertEquals(conversions(m.text(Lang.EN)), conversions(m.text(Lang.KO)), m.name());
        }
    }

    @Test
    @DisplayName("--lang picks the language; anything but en/ko is refused in words")
    void langTags() {
        assertEquals(Lang.KO, Lang.of("ko"));
        assertEquals(Lang.EN, Lang.of("EN"));
        assertEquals("--lang must be en or ko, not 'fr'", org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Lang.of("fr")).getMessage());
    }
}
