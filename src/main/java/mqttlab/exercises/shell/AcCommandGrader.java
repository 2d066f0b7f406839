package mqttlab.exercises.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.tap.Direction;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.protocol.packet.Publish;

/**
 * Exercise 04: the student publishes ON to room 201's command topic; the A/C unit (not the student)
 * leaves the retained state ON; and the student's subscriber saw that state.
 */
public final class AcCommandGrader implements Grader {
    static final String SET = "building/201/ac/set";
    static final String STATE = "building/201/ac/state";

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        List<Criterion> out = new ArrayList<>();
        List<Seen.Ev<Publish>> mine = seen.fromStudent(Publish.class);
        boolean commanded = mine.stream().anyMatch(e -> e.packet().topic().equals(SET) && e.packet().payloadAsString().equals("ON"));
        if (commanded) {
            out.add(Criterion.pass("your client published ON on " + SET));
        } else {
            Optional<Seen.Ev<Publish>> toSet = mine.stream().filter(e -> e.packet().topic().equals(SET)).reduce((x, y) -> y);
            Optional<Seen.Ev<Publish>> toState = mine.stream().filter(e -> e.packet().topic().equals(STATE)).reduce((x, y) -> y);
            if (toSet.isPresent()) {
                out.add(Criterion.fail("you published '" + toSet.get().packet().payloadAsString() + "' on " + SET
                        + "; the unit understands exactly 'ON' (payloads are case-sensitive bytes)"));
            } else if (toState.isPresent()) {
                out.add(Criterion.fail("you published on " + STATE + ": that is the unit's own report; the command goes to " + SET));
            } else {
                out.add(Criterion.fail("no PUBLISH on " + SET + " from your session yet; expected the command ON there"));
            }
        }
        Optional<RetainedInfo> state = a.requireLab().retained().stream().filter(r -> r.topic().equals(STATE)).findFirst();
        String now = state.map(r -> new String(r.payload(), StandardCharsets.UTF_8)).orElse(null);
        out.add(Criterion.of("ON".equals(now), "the broker keeps '" + now + "' retained on " + STATE,
                now == null ? "the broker keeps no retained message on " + STATE : "the retained state on " + STATE + " is '" + now + "', expected 'ON'"));
        Optional<Seen.Ev<Publish>> lastWriter = seen.all(Publish.class, Direction.IN).stream()
                .filter(e -> e.packet().topic().equals(STATE) && e.packet().retain()).reduce((x, y) -> y);
        boolean byUnit = lastWriter.isPresent() && !seen.studentClient(lastWriter.get().client());
        out.add(Criterion.of(commanded && byUnit, "the state was published by the A/C unit, in answer to your command",
                lastWriter.isPresent() && !byUnit
                        ? "the retained state was written by your client " + Seen.quote(lastWriter.get().client()) + ", not by the A/C unit: faking the report does not turn anything on"
                        : "the A/C unit has not reported a new state in answer to a command of yours"));
        boolean saw = seen.toStudent(Publish.class).stream().anyMatch(e -> e.packet().topic().equals(STATE) && e.packet().payloadAsString().equals("ON"));
        out.add(Criterion.of(saw, "your subscriber received " + STATE + " = ON",
                "none of your clients received " + STATE + " = ON; subscribe to the state topic to see it"));
        return out;
    }
}
