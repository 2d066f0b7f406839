package mqttlab.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The lab's one message catalogue: {@code messages.properties} (English) and
 * {@code messages_ko.properties} (Korean) on the class path, one key per sentence, with
 * {@link MessageFormat} placeholders ({@code {0}}; a literal quote is written {@code ''}). Korean
 * sentences write a particle after a placeholder in its two forms ({@code {0}을(를)}) and get the
 * right one ({@link Particles}).
 *
 * <p>The process speaks one language, chosen once at start ({@link LangChoice}) and switched by the
 * shell's {@code lang} command; code that knows its reader's language may ask for it explicitly.
 */
public final class Text {
    private Text() { }

    public static final String BUNDLE = "messages";

    private static volatile Lang current = Lang.EN;

    /** The language the lab speaks now. */
    public static Lang lang() { return current; }

    public static boolean korean() { return current == Lang.KO; }

    /** Speak {@code lang} from now on. */
    public static void use(Lang lang) { current = lang == null ? Lang.EN : lang; }

    /** The sentence {@code key} in the current language, placeholders filled. */
    public static String t(String key, Object... args) { return in(current, key, args); }

    /** The sentence {@code key} in {@code lang}, placeholders filled. */
    public static String in(Lang lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(lang).getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return format(lang, pattern, args);
    }

    /** As {@link #in(Lang, String, Object...)} for a language tag ({@code ko}; anything else is English). */
    public static String in(String tag, String key, Object... args) {
        return in("ko".equals(tag) ? Lang.KO : Lang.EN, key, args);
    }

    /** The catalogue's text for {@code key} as written (picocli's help texts keep their own syntax), or null. */
    public static String raw(String key) {
        ResourceBundle b = bundle(current);
        return b.containsKey(key) ? b.getString(key) : null;
    }

    /** True when the catalogue has {@code key}. */
    public static boolean has(String key) { return bundle(Lang.EN).containsKey(key); }

    /** {@code pattern} (catalogue syntax) with its placeholders filled, particles chosen for Korean. */
    public static String format(Lang lang, String pattern, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) shown[i] = args[i] instanceof Phrase p ? p.in(lang) : shown(args[i]);
        String s = new MessageFormat(pattern, locale(lang)).format(shown);
        return lang == Lang.KO ? Particles.resolve(s) : s;
    }

    /** The catalogue for {@code lang}: Korean falls back to English key by key, never to the system's locale. */
    public static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(BUNDLE, locale(lang), Text.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale(Lang lang) { return lang == Lang.KO ? Locale.KOREAN : Locale.ROOT; }

    /** Numbers as typed (no digit grouping: a port is 1883, not 1,883); everything else by its toString. */
    private static Object shown(Object a) {
        if (a == null) return "";
        if (a instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return String.valueOf(d);
        return String.valueOf(a);
    }
}
