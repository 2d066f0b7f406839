package mqttlab.building;

/** A building configuration that cannot be used; the message is one line for people ({@code file:line: why}). */
public final class BuildingConfigException extends IllegalArgumentException {

    public BuildingConfigException(String message) {
        super(message);
    }
}
