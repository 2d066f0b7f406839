package mqttlab.building;

import java.time.Duration;

/** What happens in the building, for the shell's live output, lessons and graders. */
public sealed interface BuildingEvent {

    /** A sensor published a reading. */
    record ReadingPublished(Reading reading) implements BuildingEvent {}

    /** An A/C unit changed state (by command, or back to OFF on reset). */
    record AcSwitched(String room, boolean on, Duration at) implements BuildingEvent {}

    /** An A/C unit ignored a command it did not understand. */
    record CommandRejected(String room, String topic, String payload, String reason, Duration at) implements BuildingEvent {}

    /** A sensor's or A/C unit's connection to the broker came up or went down. */
    record ConnectionChanged(String clientId, boolean connected, String detail) implements BuildingEvent {}

    /** Something went wrong inside the building (it keeps running); one line for people. */
    record Failure(String message) implements BuildingEvent {}

    /** The built-in management application decided to command a unit. */
    record ControllerDecided(String room, boolean on, double average) implements BuildingEvent {}
}
