package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;

/**
 * Exercise 01: a SUBSCRIBE to exactly the topic (the task says "exactly that topic": a wildcard filter
 * that happens to cover it does not count), then three PUBLISHes of it delivered to that client.
 */
public final class FirstSubscriptionGrader implements Grader {
    static final String TOPIC = "building/125/sensor1/temperature";
    static final int READINGS = 3;

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        List<Criterion> out = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        java.util.Set<String> exactClients = new java.util.HashSet<>();
        for (Seen.Ev<Subscribe> s : seen.fromStudent(Subscribe.class)) {
            for (Subscription sub : s.packet().subscriptions()) {
                filters.add(sub.filter());
                if (sub.filter().equals(TOPIC)) exactClients.add(s.client());
            }
        }
        if (!exactClients.isEmpty()) {
            out.add(Criterion.pass(t("grade.01.subscribed", TOPIC)));
        } else if (filters.isEmpty()) {
            out.add(Criterion.fail(t("grade.01.no.subscribe", TOPIC)));
        } else {
            String last = filters.get(filters.size() - 1);
            out.add(Criterion.fail(TopicRules.matches(last, TOPIC) ? t("grade.01.wildcard", last, TOPIC)
                    : t("grade.01.misses", last, TOPIC, TopicRules.explain(last, TOPIC).reason())));
        }
        Map<String, Long> perClient = seen.toStudent(Publish.class).stream()
                .filter(e -> e.packet().topic().equals(TOPIC) && exactClients.contains(e.client()))
                .collect(Collectors.groupingBy(Seen.Ev::client, Collectors.counting()));
        long best = perClient.values().stream().mapToLong(Long::longValue).max().orElse(0);
        out.add(Criterion.of(best >= READINGS,
                t("grade.01.delivered", best, TOPIC), t("grade.01.too.few", best, TOPIC, READINGS)));
        return out;
    }
}
