package mqttlab.protocol.codec;

import java.util.Locale;
import mqttlab.text.Phrase;
import mqttlab.text.Text;

/**
 * A field's name for the reader. The decoder names fields as Wireshark does ("Topic Name Length",
 * "Session Expiry Interval"); those names stay in English output, in {@code --json} and in the broker's
 * log, and the catalogue's {@code codec.field.*} keys give them in the lab's language for a person
 * ("토픽 이름 길이"). A length prefix is its field's name plus "Length", so "X Length" is said as the
 * catalogue's {@code codec.field.length} of X when it has no key of its own.
 */
public final class FieldName {
    private FieldName() { }

    static final String PREFIX = "codec.field.";

    /** The field as a catalogue phrase: its English is {@code wireshark} itself. */
    public static Phrase of(String wireshark) {
        String key = key(wireshark);
        if (Text.has(key)) return new Phrase(key);
        if (wireshark.endsWith(" Length")) {
            return new Phrase(PREFIX + "length", of(wireshark.substring(0, wireshark.length() - " Length".length())));
        }
        return new Phrase(PREFIX + "as.is", wireshark); // a name the catalogue does not know is shown as the decoder wrote it
    }

    /** The field's name in the language the lab speaks now. */
    public static String shown(String wireshark) { return of(wireshark).shown(); }

    /** "Topic Name Length" → {@code codec.field.topic.name.length}. */
    static String key(String wireshark) {
        return PREFIX + wireshark.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
    }

    /** True when the catalogue names {@code wireshark}, itself or as a length prefix of a named field. */
    static boolean known(String wireshark) {
        if (Text.has(key(wireshark))) return true;
        return wireshark.endsWith(" Length") && known(wireshark.substring(0, wireshark.length() - " Length".length()));
    }
}
