package mqttlab.exercises.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mqttlab.broker.tap.Direction;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Will;

/** Exercise 09: a CONNECT carrying the will 'offline' on a status topic, a death without DISCONNECT, the broker publishing the will. */
public final class LastWillGrader implements Grader {
    static final String FILTER = "building/+/+/status";
    static final String PAYLOAD = "offline";

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        List<Seen.Ev<Connect>> withWill = seen.fromStudent(Connect.class).stream().filter(c -> c.packet().will() != null).toList();
        Optional<Seen.Ev<Connect>> good = withWill.stream().filter(c -> ok(c.packet().will())).reduce((x, y) -> y);
        List<Criterion> out = new ArrayList<>();
        if (good.isEmpty()) {
            if (withWill.isEmpty()) {
                out.add(Criterion.fail("none of your clients' CONNECT packets carried a will (set --will-topic and --will-payload when the sensor connects)"));
            } else {
                Will w = withWill.get(withWill.size() - 1).packet().will();
                out.add(Criterion.fail("the will you set is '" + text(w) + "' on " + w.topic() + "; expected '" + PAYLOAD + "' on a topic matching " + FILTER));
            }
            return out;
        }
        Seen.Ev<Connect> c = good.get();
        Will w = c.packet().will();
        out.add(Criterion.pass(Seen.quote(c.client()) + " connected with the will '" + PAYLOAD + "' on " + w.topic() + (w.retain() ? ", retained" : "")));
        boolean saidBye = seen.fromStudent(Disconnect.class).stream().anyMatch(d -> d.client().equals(c.client()) && d.seq() > c.seq());
        boolean published = seen.all(Publish.class, Direction.OUT).stream().anyMatch(p -> p.seq() > c.seq()
                && p.packet().topic().equals(w.topic()) && p.packet().payloadAsString().equals(PAYLOAD))
                || a.requireLab().retained().stream().anyMatch(r -> r.topic().equals(w.topic()) && new String(r.payload(), StandardCharsets.UTF_8).equals(PAYLOAD));
        out.add(Criterion.of(!saidBye && published, Seen.quote(c.client()) + " died without a DISCONNECT",
                saidBye ? Seen.quote(c.client()) + " sent DISCONNECT, so the broker discarded its will [MQTT-3.1.2-10]; make it die instead (kill -9, or `cut "
                        + c.client() + "`)" : Seen.quote(c.client()) + " is still connected; make it die without a DISCONNECT (kill -9, or `cut " + c.client() + "`)"));
        out.add(Criterion.of(published, "the broker published the will: " + w.topic() + " = " + PAYLOAD + " [MQTT-3.1.2-8]",
                "the broker has not published " + Seen.quote(c.client()) + "'s will on " + w.topic()));
        return out;
    }

    private static boolean ok(Will w) {
        return TopicRules.matches(FILTER, w.topic()) && text(w).equals(PAYLOAD);
    }

    private static String text(Will w) {
        return new String(w.payload(), StandardCharsets.UTF_8);
    }
}
