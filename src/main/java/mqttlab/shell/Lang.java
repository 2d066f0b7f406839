package mqttlab.shell;

import java.util.Locale;

/** The languages the shell speaks. */
public enum Lang {
    EN, KO;

    /** From {@code --lang} (en|ko), or from the locale when null. */
    public static Lang of(String tag) {
        if (tag == null || tag.isBlank()) return Locale.getDefault().getLanguage().equals("ko") ? KO : EN;
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "ko", "kr" -> KO;
            default -> throw new IllegalArgumentException("--lang must be en or ko, not '" + tag + "'");
        };
    }
}
