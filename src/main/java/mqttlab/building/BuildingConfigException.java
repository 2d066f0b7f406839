package mqttlab.building;

import mqttlab.text.Phrase;

/**
 * A building configuration that cannot be used; the message is one line for people
 * ({@code file:line: why}), in the language the lab speaks when it is read.
 */
public final class BuildingConfigException extends IllegalArgumentException {
    private final transient Phrase phrase;

    public BuildingConfigException(String key, Object... args) {
        this(new Phrase(key, args));
    }

    public BuildingConfigException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() { return phrase; }

    @Override
    public String getMessage() { return phrase.shown(); }
}
