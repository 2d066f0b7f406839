package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Subscribe;

/** Exercise 05: a retained PUBLISH on building/status, a later SUBSCRIBE, and the broker's retained delivery to it. */
public final class RetainedStatusGrader implements Grader {
    static final String TOPIC = "building/status";

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        List<Criterion> out = new ArrayList<>();
        List<Seen.Ev<Publish>> pubs = seen.fromStudent(Publish.class).stream().filter(e -> e.packet().topic().equals(TOPIC)).toList();
        Optional<Seen.Ev<Publish>> retained = pubs.stream().filter(e -> e.packet().retain() && e.packet().payload().length > 0).findFirst();
        if (retained.isPresent()) {
            out.add(Criterion.pass(t("grade.05.published", retained.get().packet().payloadAsString(), TOPIC)));
        } else if (!pubs.isEmpty()) {
            Publish p = pubs.get(pubs.size() - 1).packet();
            out.add(Criterion.fail(p.retain()
                    ? t("grade.05.empty", TOPIC) : t("grade.05.not.retained", TOPIC)));
        } else {
            out.add(Criterion.fail(t("grade.05.no.publish", TOPIC)));
        }
        long after = retained.map(Seen.Ev::seq).orElse(Long.MAX_VALUE);
        Optional<Seen.Ev<Subscribe>> late = seen.fromStudent(Subscribe.class).stream().filter(e -> e.seq() > after
                && e.packet().subscriptions().stream().anyMatch(s -> TopicRules.matches(s.filter(), TOPIC))).findFirst();
        out.add(Criterion.of(late.isPresent(), t("grade.05.late", late.map(Seen.Ev::client).orElse("")), t("grade.05.no.late", TOPIC)));
        boolean delivered = late.isPresent() && seen.toStudent(Publish.class).stream().anyMatch(e -> e.seq() > late.get().seq()
                && e.client().equals(late.get().client()) && e.packet().topic().equals(TOPIC) && e.packet().retain());
        out.add(Criterion.of(delivered, t("grade.05.delivered"), t("grade.05.not.delivered", TOPIC)));
        return out;
    }
}
