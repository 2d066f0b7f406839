package mqttlab.exercises.program;

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
            return List.of(Criterion.fail("this exercise grades your own running program: start it (e.g. `python3 "
                    + a.exercise().starters().get(0) + " " + lab.host() + " " + lab.port() + "`), then `check " + id + " --external`"));
        }
        PacketHistory history = a.requireHistory();
        var building = lab.building();
        Duration wait = Duration.ofSeconds((long) a.exercise().number("external.wait", 60));
        a.progress().update(0, "waiting for your program to subscribe to the temperatures");
        boolean subscribed = Watch.untilSubscribed(history, lab, 0, wait, () -> true);
        List<Criterion> out = new ArrayList<>();
        if (!subscribed) {
            out.add(Criterion.fail("no program subscribed to the building's temperatures within " + wait.toSeconds()
                    + " s; is it running against " + lab.host() + ":" + lab.port() + "?"));
            return out;
        }
        out.add(Criterion.pass("your program is subscribed to the building's temperatures"));
        out.addAll(new DayJudge(a.exercise()).judge(DayRecording.play(lab, building, a.progress()), lab));
        return out;
    }
}
