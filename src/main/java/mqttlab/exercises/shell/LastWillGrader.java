package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

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

/**
 * Exercise 09: a CONNECT carrying the retained will 'offline' on a status topic, a death without
 * DISCONNECT, the broker publishing the will, and the student's watcher receiving it, as the task asks.
 */
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
                out.add(Criterion.fail(t("grade.09.no.will")));
            } else {
                Will w = withWill.get(withWill.size() - 1).packet().will();
                out.add(Criterion.fail(t("grade.09.wrong.will", text(w), w.topic(), PAYLOAD, FILTER)));
            }
            return out;
        }
        Seen.Ev<Connect> c = good.get();
        Will w = c.packet().will();
        out.add(Criterion.of(w.retain(), t("grade.09.will.retained", c.client(), PAYLOAD, w.topic()), t("grade.09.not.retained", w.topic())));
        boolean saidBye = seen.fromStudent(Disconnect.class).stream().anyMatch(d -> d.client().equals(c.client()) && d.seq() > c.seq());
        boolean published = seen.all(Publish.class, Direction.OUT).stream().anyMatch(p -> p.seq() > c.seq()
                && p.packet().topic().equals(w.topic()) && p.packet().payloadAsString().equals(PAYLOAD))
                || a.requireLab().retained().stream().anyMatch(r -> r.topic().equals(w.topic()) && new String(r.payload(), StandardCharsets.UTF_8).equals(PAYLOAD));
        out.add(Criterion.of(!saidBye && published, t("grade.09.died", c.client()),
                saidBye ? t("grade.09.said.bye", c.client()) : t("grade.09.alive", c.client())));
        out.add(Criterion.of(published, t("grade.09.published", w.topic(), PAYLOAD), t("grade.09.not.published", c.client(), w.topic())));
        Optional<String> watcher = seen.toStudent(Publish.class).stream()
                .filter(p -> p.seq() > c.seq() && !p.client().equals(c.client()) && p.packet().topic().equals(w.topic())
                        && p.packet().payloadAsString().equals(PAYLOAD))
                .map(Seen.Ev::client).findFirst();
        out.add(Criterion.of(watcher.isPresent(), t("grade.09.watcher", watcher.orElse(""), w.topic(), PAYLOAD), t("grade.09.no.watcher", w.topic())));
        return out;
    }

    private static boolean ok(Will w) {
        return TopicRules.matches(FILTER, w.topic()) && text(w).equals(PAYLOAD);
    }

    private static String text(Will w) {
        return new String(w.payload(), StandardCharsets.UTF_8);
    }
}
