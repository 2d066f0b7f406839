package mqttlab.lessons;

/** Reported to the progress owner each time a step is done; {@code lessonComplete} once all its steps are. */
public record StepDone(String lessonKey, int step, boolean lessonComplete) {
}
