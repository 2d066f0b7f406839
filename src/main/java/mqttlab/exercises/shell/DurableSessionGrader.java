package mqttlab.exercises.shell;

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
        if (connects.isEmpty()) return List.of(Criterion.fail("no client of yours has connected yet"));
        Optional<Seen.Ev<Connect>> durable = connects.stream().filter(c -> !c.packet().cleanStart()).findFirst();
        List<Criterion> out = new ArrayList<>();
        if (durable.isEmpty()) {
            out.add(Criterion.fail("your clients connected with clean session 1 (e.g. " + Seen.quote(connects.get(0).client())
                    + "): the broker forgets such a session and its subscriptions when the client leaves; turn clean session off (-c)"));
            return out;
        }
        String id = durable.get().client();
        out.add(Criterion.pass(Seen.quote(id) + " connected with clean session 0: a durable session"));

        List<Subscription> subs = seen.fromStudent(Subscribe.class).stream().filter(s -> s.client().equals(id) && s.seq() > durable.get().seq())
                .flatMap(s -> s.packet().subscriptions().stream()).toList();
        Optional<Subscription> q1 = subs.stream().filter(s -> s.qos() != Qos.AT_MOST_ONCE).findFirst();
        out.add(q1.isPresent() ? Criterion.pass(Seen.quote(id) + " subscribed to " + Seen.quote(q1.get().filter()) + " at QoS " + q1.get().qos().value())
                : Criterion.fail(subs.isEmpty() ? Seen.quote(id) + " has not subscribed in its durable session"
                : Seen.quote(id) + " subscribed at QoS 0: the broker keeps no QoS 0 messages for an offline client; subscribe with -q 1"));
        if (q1.isEmpty()) return out;

        long left = seen.fromStudent(Disconnect.class).stream().filter(d -> d.client().equals(id) && d.seq() > durable.get().seq())
                .map(Seen.Ev::seq).findFirst().orElse(Long.MAX_VALUE);
        Optional<Seen.Ev<Connect>> back = connects.stream().filter(c -> c.client().equals(id) && c.seq() > left).findFirst();
        long until = back.map(Seen.Ev::seq).orElse(Long.MAX_VALUE);
        List<Seen.Ev<Publish>> meanwhile = seen.all(Publish.class, mqttlab.broker.tap.Direction.IN).stream()
                .filter(p -> p.seq() > left && p.seq() < until && TopicRules.matches(q1.get().filter(), p.packet().topic())).toList();
        Optional<Seen.Ev<Publish>> kept = meanwhile.stream().filter(p -> p.packet().qos() != Qos.AT_MOST_ONCE).findFirst();
        out.add(kept.isPresent() ? Criterion.pass("while " + Seen.quote(id) + " was away, " + Seen.quote(kept.get().packet().topic())
                        + " was published at QoS " + kept.get().packet().qos().value())
                : Criterion.fail(left == Long.MAX_VALUE ? Seen.quote(id) + " has not disconnected yet"
                : !meanwhile.isEmpty() ? "the message published while " + Seen.quote(id) + " was away had QoS 0: brokers do not queue QoS 0 for offline clients; publish with -q 1"
                : "nothing matching " + Seen.quote(q1.get().filter()) + " was published while " + Seen.quote(id) + " was away"));
        boolean resumed = back.isPresent() && !back.get().packet().cleanStart();
        boolean got = resumed && kept.isPresent() && seen.toStudent(Publish.class).stream()
                .anyMatch(p -> p.client().equals(id) && p.seq() > until && p.packet().topic().equals(kept.get().packet().topic()));
        out.add(Criterion.of(got, Seen.quote(id) + " came back and received what it missed",
                back.isEmpty() ? Seen.quote(id) + " has not come back yet (connect again with the same -i and -c)"
                : !resumed ? Seen.quote(id) + " came back with clean session 1, which threw the stored session away; keep -c"
                : Seen.quote(id) + " came back but the broker delivered nothing it missed"));
        return out;
    }
}
