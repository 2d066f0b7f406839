package mqttlab.building;

/** The building could not start (usually: the broker is not there); the message is one line for people. */
public final class BuildingStartException extends RuntimeException {

    public BuildingStartException(String message) {
        super(message);
    }
}
