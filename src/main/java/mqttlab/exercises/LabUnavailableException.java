package mqttlab.exercises;

/** A part of the lab a grader needs is not there (no tap on a remote broker, no building). */
public final class LabUnavailableException extends RuntimeException {
    public LabUnavailableException(String message) {
        super(message);
    }
}
