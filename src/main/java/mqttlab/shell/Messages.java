package mqttlab.shell;

import mqttlab.text.Lang;
import mqttlab.text.Text;

/**
 * The shell's view of the message catalogue ({@link Text}): sentences by key, in the language the
 * lab speaks now (which `lang ko` / `lang en` may switch while the shell runs).
 */
public final class Messages {

    /** Makes the lab speak {@code lang} (the catalogue's language is one per process). */
    public Messages(Lang lang) { Text.use(lang); }

    public Lang lang() { return Text.lang(); }

    public String get(String key, Object... args) { return Text.t(key, args); }

    /** The command's one-line summary from the catalogue ({@code NAME.usage.description}), or {@code fallback}. */
    public String summary(String command, String fallback) {
        String key = command + ".usage.description";
        String s = Text.raw(key);
        if (s == null) s = Text.raw(key + ".0");
        return s == null ? fallback : s.replace("%n", " ").replace("%%", "%").strip();
    }
}
