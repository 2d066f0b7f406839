package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;

/**
 * Exercise 06: a client with clean session 0 subscribes at QoS ≥ 1, leaves; a QoS ≥ 1 message on its
 * filter is published while it is away; it comes back with the same id and the broker delivers it.
 */
public final class DurableSessionGrader implements Grader {

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        List<Seen.Ev<Connect>> connects = seen.fromStudent(Connect.class);
        if (connects.isEmpty()) return List.of(Criterion.fail(t("grade.06.no.connect")));
        Optional<Seen.Ev<Connect>> durable = connects.stream().filter(c -> !c.packet().cleanStart()).findFirst();
        List<Criterion> out = new ArrayList<>();
        if (durable.isEmpty()) {
            out.add(Criterion.fail(t("grade.06.clean", connects.get(0).client())));
            return out;
        }
        String id = durable.get().client();
        out.add(Criterion.pass(t("grade.06.durable", id)));

        List<Subscription> subs = seen.fromStudent(Subscribe.class).stream().filter(s -> s.client().equals(id) && s.seq() > durable.get().seq())
                .flatMap(s -> s.packet().subscriptions().stream()).toList();
        Optional<Subscription> q1 = subs.stream().filter(s -> s.qos() != Qos.AT_MOST_ONCE).findFirst();
        out.add(q1.isPresent() ? Criterion.pass(t("grade.06.subscribed", id, q1.get().filter(), q1.get().qos().value()))
                : Criterion.fail(subs.isEmpty() ? t("grade.06.no.sub", id) : t("grade.06.qos0.sub", id)));
        if (q1.isEmpty()) return out;

        long left = seen.fromStudent(Disconnect.class).stream().filter(d -> d.client().equals(id) && d.seq() > durable.get().seq())
                .map(Seen.Ev::seq).findFirst().orElse(Long.MAX_VALUE);
        Optional<Seen.Ev<Connect>> back = connects.stream().filter(c -> c.client().equals(id) && c.seq() > left).findFirst();
        long until = back.map(Seen.Ev::seq).orElse(Long.MAX_VALUE);
        List<Seen.Ev<Publish>> meanwhile = seen.all(Publish.class, mqttlab.broker.tap.Direction.IN).stream()
                .filter(p -> p.seq() > left && p.seq() < until && TopicRules.matches(q1.get().filter(), p.packet().topic())).toList();
        Optional<Seen.Ev<Publish>> kept = meanwhile.stream().filter(p -> p.packet().qos() != Qos.AT_MOST_ONCE).findFirst();
        out.add(kept.isPresent() ? Criterion.pass(t("grade.06.kept", id, kept.get().packet().topic(), kept.get().packet().qos().value()))
                : Criterion.fail(left == Long.MAX_VALUE ? t("grade.06.not.left", id)
                : !meanwhile.isEmpty() ? t("grade.06.qos0.pub", id)
                : t("grade.06.nothing", q1.get().filter(), id)));
        boolean resumed = back.isPresent() && !back.get().packet().cleanStart();
        boolean got = resumed && kept.isPresent() && seen.toStudent(Publish.class).stream()
                .anyMatch(p -> p.client().equals(id) && p.seq() > until && p.packet().topic().equals(kept.get().packet().topic()));
        out.add(Criterion.of(got, t("grade.06.got", id),
                back.isEmpty() ? t("grade.06.not.back", id)
                : !resumed ? t("grade.06.clean.back", id)
                : t("grade.06.nothing.back", id)));
        return out;
    }
}
