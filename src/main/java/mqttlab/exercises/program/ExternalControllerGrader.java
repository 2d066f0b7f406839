package mqttlab.exercises.program;

import static mqttlab.text.Text.t;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.PacketHistory;

/**
 * Exercise 11 (and any controller in any language): the student runs their own program against
 * the lab; with {@code --external} the grader waits for its subscription, plays a simulated day
 * and judges by what crossed the broker.
 */
public final class ExternalControllerGrader implements Grader {

    @Override
    public List<Criterion> grade(Attempt a) throws Exception {
        String id = a.exercise().id();
        LabSystem lab = a.requireLab();
        if (!a.external()) {
            return List.of(Criterion.fail(t("grade.11.run.it", a.exercise().starters().get(0), lab.host(), lab.port(), id)));
        }
        PacketHistory history = a.requireHistory();
        var building = lab.building();
        Duration wait = Duration.ofSeconds((long) a.exercise().number("external.wait", 60));
        a.progress().update(0, t("grade.11.waiting"));
        boolean subscribed = Watch.untilSubscribed(history, lab, 0, wait, () -> true);
        List<Criterion> out = new ArrayList<>();
        if (!subscribed) {
            out.add(Criterion.fail(t("grade.11.no.subscribe", wait.toSeconds(), lab.host(), lab.port())));
            out.addAll(DayJudge.notRun());
            return out;
        }
        out.add(Criterion.pass(t("grade.11.subscribed")));
        out.addAll(new DayJudge(a.exercise()).judge(DayRecording.play(lab, building, a.progress()), lab));
        return out;
    }
}
