package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckParserTest {
    @Test
    @DisplayName("Each kind of check line becomes its record")
    void kinds() {
        assertEquals(new StepCheck.PublishSeen("building/201/ac/set", OptionalInt.of(2), Optional.of("ON"), Optional.empty()),
                CheckParser.parse("publish topic=building/201/ac/set qos=2 payload=ON"));
        assertEquals(new StepCheck.AnswerGiven(List.of("a b", "c")), CheckParser.parse("answer text=\"a b\" text=c"));
        assertEquals(new StepCheck.CommandRun("fault", Optional.of("drop puback")), CheckParser.parse("command fault contains=\"drop puback\""));
        assertEquals(new StepCheck.Connected(Optional.empty(), Optional.of(false), Optional.of(true)), CheckParser.parse("session-durable"));
        assertEquals(new StepCheck.PacketObserved("PUBLISH", Optional.of(false), Optional.of(true), OptionalInt.empty()),
                CheckParser.parse("packet type=publish dir=out dup=1"));
        assertEquals(Optional.of(""), ((StepCheck.PublishSeen) CheckParser.parse("publish topic=t payload=\"\"")).payload());
    }

    @Test
    @DisplayName("Mistakes in a check line are reported, not ignored")
    void errors() {
        assertThrows(IllegalArgumentException.class, () -> CheckParser.parse("publish qos=1"));
        assertThrows(IllegalArgumentException.class, () -> CheckParser.parse("publish topic=a qos=x"));
        assertThrows(IllegalArgumentException.class, () -> CheckParser.parse("subscribe filtre=a"));
        assertThrows(IllegalArgumentException.class, () -> CheckParser.parse("teleport"));
        assertThrows(IllegalArgumentException.class, () -> CheckParser.parse("answer"));
    }

    @Test
    @DisplayName("Topic patterns in checks follow the spec's wildcard rules [MQTT-4.7.1-2] [MQTT-4.7.1-3]")
    void wildcards() {
        StepCheck sub = CheckParser.parse("subscribe matches=building/125/sensor1/temperature");
        assertTrue(sub.satisfiedBy(new LabEvent.SubscriptionMade("x", "building/+/+/temperature", 0)));
        assertFalse(sub.satisfiedBy(new LabEvent.SubscriptionMade("x", "building/201/#", 0)));
        assertFalse(sub.satisfiedBy(new LabEvent.SubscriptionMade("x", "building/+/+/+/#/x", 0)), "an invalid filter satisfies nothing");
    }

    @Test
    @DisplayName("mosquitto_sub counts as sub, and answers ignore case, spaces, quotes and a full stop")
    void lenient() {
        assertTrue(CheckParser.parse("command sub").satisfiedBy(new LabEvent.CommandRun("mosquitto_sub -t # -v")));
        assertTrue(CheckParser.parse("answer text=\"c8 01\"").satisfiedBy(new LabEvent.AnswerTyped("'C801'.")));
    }
}
