package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

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
            out.add(Criterion.pass(t("grade.04.commanded", SET)));
        } else {
            Optional<Seen.Ev<Publish>> toSet = mine.stream().filter(e -> e.packet().topic().equals(SET)).reduce((x, y) -> y);
            Optional<Seen.Ev<Publish>> toState = mine.stream().filter(e -> e.packet().topic().equals(STATE)).reduce((x, y) -> y);
            if (toSet.isPresent()) {
                out.add(Criterion.fail(t("grade.04.wrong.payload", toSet.get().packet().payloadAsString(), SET)));
            } else if (toState.isPresent()) {
                out.add(Criterion.fail(t("grade.04.on.state", STATE, SET)));
            } else {
                out.add(Criterion.fail(t("grade.04.no.publish", SET)));
            }
        }
        Optional<RetainedInfo> state = a.requireLab().retained().stream().filter(r -> r.topic().equals(STATE)).findFirst();
        String now = state.map(r -> new String(r.payload(), StandardCharsets.UTF_8)).orElse(null);
        out.add(Criterion.of("ON".equals(now), t("grade.04.retained", now, STATE),
                now == null ? t("grade.04.no.retained", STATE) : t("grade.04.retained.wrong", STATE, now)));
        Optional<Seen.Ev<Publish>> lastWriter = seen.all(Publish.class, Direction.IN).stream()
                .filter(e -> e.packet().topic().equals(STATE) && e.packet().retain()).reduce((x, y) -> y);
        boolean byUnit = lastWriter.isPresent() && !seen.studentClient(lastWriter.get().client());
        out.add(Criterion.of(commanded && byUnit, t("grade.04.by.unit"),
                lastWriter.isPresent() && !byUnit ? t("grade.04.faked", lastWriter.get().client()) : t("grade.04.no.report")));
        boolean saw = seen.toStudent(Publish.class).stream().anyMatch(e -> e.packet().topic().equals(STATE) && e.packet().payloadAsString().equals("ON"));
        out.add(Criterion.of(saw, t("grade.04.saw", STATE), t("grade.04.not.seen", STATE)));
        return out;
    }
}
