package mqttlab.text;

import java.util.Arrays;

/**
 * A sentence from the catalogue not yet put into words: its key and its values. Code that cannot
 * know who will read it (the codec, the topic validator) returns one; the broker's log and the wire
 * take {@link #english()} (the log reads like mosquitto's, and a reason string is for any client),
 * a person at the shell reads {@link #shown()}, in the language the lab speaks.
 */
public record Phrase(String key, Object... args) {
    public Phrase {
        args = args == null ? new Object[0] : args.clone();
    }

    /** In English, whatever the lab speaks: for logs, the wire and other programs. */
    public String english() { return Text.in(Lang.EN, key, args); }

    /** In the language the lab speaks now: for people. */
    public String shown() { return Text.t(key, args); }

    public String in(Lang lang) { return Text.in(lang, key, args); }

    @Override public Object[] args() { return args.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof Phrase p && p.key.equals(key) && Arrays.equals(p.args, args);
    }

    @Override public int hashCode() { return key.hashCode() * 31 + Arrays.hashCode(args); }

    @Override public String toString() { return english(); }
}
