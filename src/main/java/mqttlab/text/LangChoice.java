package mqttlab.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language the lab speaks, decided once at start: {@code --lang}, then {@code MQTTLAB_LANG},
 * then the choice remembered in the progress file (the shell's {@code lang} command), then the
 * system's locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}: {@code ko_KR.UTF-8} is Korean).
 */
public final class LangChoice {
    private LangChoice() { }

    public static final String ENV = "MQTTLAB_LANG";

    /** The language; a bad {@code --lang} or {@code MQTTLAB_LANG} value is an {@link IllegalArgumentException}. */
    public static Lang choose(String flag, Map<String, String> env, Optional<Lang> remembered) {
        if (flag != null && !flag.isBlank()) return parse(flag, "--lang");
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return parse(fromEnv, ENV);
        if (remembered.isPresent()) return remembered.get();
        for (String v : new String[] {env.get("LC_ALL"), env.get("LC_MESSAGES"), env.get("LANG")}) {
            if (v != null && !v.isBlank()) return fromLocaleName(v);
        }
        return Locale.getDefault().getLanguage().equals("ko") ? Lang.KO : Lang.EN;
    }

    /** As {@link #choose(String, Map, Optional)} with this process's environment. */
    public static Lang choose(String flag, Optional<Lang> remembered) {
        return choose(flag, System.getenv(), remembered);
    }

    /** {@code en} or {@code ko} (also {@code kr}, {@code ko_KR}, {@code en-US}); {@code what} names the source in the error. */
    public static Lang parse(String tag, String what) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("ko") || t.equals("kr")) return Lang.KO;
        if (t.startsWith("en")) return Lang.EN;
        throw new IllegalArgumentException(Text.t("lang.bad", what, tag));
    }

    /** A POSIX locale name ({@code ko_KR.UTF-8}, {@code C}, {@code en_US}): Korean only when it says so. */
    static Lang fromLocaleName(String v) {
        return v.toLowerCase(Locale.ROOT).startsWith("ko") ? Lang.KO : Lang.EN;
    }
}
