package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Subscribe;

/**
 * Exercise 02: one SUBSCRIBE with one filter that the matcher finds covering every temperature topic
 * of room 125 (including a sensor added later) and none of the building's other topics.
 */
public final class RoomFilterGrader implements Grader {
    static final String ROOM = "125";
    static final String LATER_SENSOR = "building/125/sensor99/temperature";

    @Override
    public List<Criterion> grade(Attempt a) {
        Seen seen = new Seen(a);
        Set<String> topics = new LinkedHashSet<>(a.requireLab().building().topics());
        topics.add(LATER_SENSOR);
        List<String> wanted = topics.stream().filter(RoomFilterGrader::roomSensor).toList();
        List<String> others = topics.stream().filter(t -> !roomSensor(t)).toList();

        List<Seen.Ev<Subscribe>> subs = seen.fromStudent(Subscribe.class);
        if (subs.isEmpty()) return List.of(Criterion.fail(t("grade.02.no.subscribe", ROOM)));
        // The best attempt: a single-filter SUBSCRIBE that passes, else the latest one.
        Seen.Ev<Subscribe> pick = subs.get(subs.size() - 1);
        for (Seen.Ev<Subscribe> s : subs) {
            if (s.packet().subscriptions().size() == 1 && judge(s.packet().subscriptions().get(0).filter(), wanted, others).stream().allMatch(Criterion::passed)) pick = s;
        }
        List<Criterion> out = new ArrayList<>();
        int n = pick.packet().subscriptions().size();
        out.add(Criterion.of(n == 1, t("grade.02.one.filter", pick.packet().subscriptions().get(0).filter()),
                t("grade.02.many.filters", n)));
        out.addAll(judge(pick.packet().subscriptions().get(0).filter(), wanted, others));
        return out;
    }

    static boolean roomSensor(String topic) {
        String[] l = topic.split("/", -1);
        return l.length == 4 && l[1].equals(ROOM) && l[3].equals("temperature");
    }

    static List<Criterion> judge(String filter, List<String> wanted, List<String> others) {
        Optional<String> bad = TopicRules.filterProblem(filter);
        if (bad.isPresent()) return List.of(Criterion.fail(t("grade.02.invalid", filter, bad.get())));
        List<Criterion> out = new ArrayList<>();
        List<String> missed = wanted.stream().filter(t -> !TopicRules.matches(filter, t)).toList();
        out.add(missed.isEmpty()
                ? Criterion.pass(t("grade.02.all", filter, wanted.size(), ROOM))
                : Criterion.fail(t("grade.02.misses", filter, missed.get(0), TopicRules.explain(filter, missed.get(0)).reason())));
        List<String> extra = others.stream().filter(t -> TopicRules.matches(filter, t)).toList();
        out.add(extra.isEmpty()
                ? Criterion.pass(t("grade.02.none.else", filter, others.size()))
                : Criterion.fail(extra.size() > 1
                        ? t("grade.02.also.more", filter, extra.get(0), extra.size() - 1, TopicRules.explain(filter, extra.get(0)).reason())
                        : t("grade.02.also", filter, extra.get(0), TopicRules.explain(filter, extra.get(0)).reason())));
        return out;
    }
}
