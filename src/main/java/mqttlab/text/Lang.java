package mqttlab.text;

import java.util.Optional;

/** The languages the lab speaks. */
public enum Lang {
    EN, KO;

    /** From {@code --lang} (en|ko); when null, from {@code MQTTLAB_LANG} or the system's locale ({@link LangChoice}). */
    public static Lang of(String tag) {
        return LangChoice.choose(tag, Optional.empty());
    }

    /** The tag the lessons' files and the progress file use: {@code en} or {@code ko}. */
    public String tag() { return this == KO ? "ko" : "en"; }
}
