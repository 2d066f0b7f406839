package mqttlab.web;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import mqttlab.text.Lang;
import mqttlab.text.Text;

/** The catalogue's {@code page.*} sentences as written ({@code {0}} placeholders), per language: the page's words. */
public final class PageText {
    static final String PREFIX = "page.";

    private PageText() { }

    /** {@code en} and {@code ko}, each key → pattern. */
    public static Map<String, Map<String, String>> both() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        out.put("en", of(Lang.EN));
        out.put("ko", of(Lang.KO));
        return out;
    }

    static Map<String, String> of(Lang lang) {
        ResourceBundle b = Text.bundle(lang);
        Map<String, String> out = new TreeMap<>();
        for (String k : b.keySet()) if (k.startsWith(PREFIX)) out.put(k.substring(PREFIX.length()), b.getString(k));
        return out;
    }
}
