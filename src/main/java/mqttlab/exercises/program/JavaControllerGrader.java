package mqttlab.exercises.program;

import static mqttlab.text.Text.t;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.PacketHistory;
import mqttlab.protocol.packet.Connect;
import mqttlab.sandbox.ChildJvm;
import mqttlab.sandbox.Limits;
import mqttlab.sandbox.Outcome;

/**
 * Exercise 10: compile the student's controller, run {@code main(host, port)} in a JVM of its own
 * (so nothing it does can stop the lab), play a simulated day on the building's fast clock, and judge
 * comfort and switching. How the program ended is reported as it happened.
 */
public final class JavaControllerGrader implements Grader {
    static final Duration SUBSCRIBE_WAIT = Duration.ofSeconds(15);
    /** Heap, threads, time (a simulated day takes well under a minute) and 5 s to wind down once interrupted. */
    static final Limits LIMITS = Limits.defaults().withTime(Duration.ofMinutes(5));

    @Override
    public List<Criterion> grade(Attempt a) throws Exception {
        String file = a.exercise().starters().get(0);
        Path source = a.file(file);
        if (!Files.isRegularFile(source)) return List.of(Criterion.fail(t("check.no.file", file, a.folder(), a.exercise().id())));
        LabSystem lab = a.requireLab();
        PacketHistory history = a.requireHistory();
        var building = lab.building();
        Path classes = Files.createTempDirectory("mqttlab-student");
        try {
            JavaSourceCompiler.Result compiled = new JavaSourceCompiler().compile(source, classes);
            if (!compiled.ok()) {
                return List.of(Criterion.fail(t("grade.10.no.compile", file, String.join("; ", compiled.errors().subList(0, Math.min(3, compiled.errors().size()))))));
            }
            List<Criterion> out = new ArrayList<>();
            out.add(Criterion.pass(t("grade.10.compiles", file)));
            String className = file.replaceFirst("\\.java$", "");
            long start = history.lastSeq();
            a.progress().update(0, t("grade.10.starting"));
            ChildJvm run = ChildJvm.start(classes, className, List.of(lab.host(), Integer.toString(lab.port())), LIMITS);
            boolean told = false;
            try {
                boolean subscribed = Watch.untilSubscribed(history, lab, start, SUBSCRIBE_WAIT, run::alive);
                if (!subscribed) {
                    Outcome o = run.alive() ? null : run.outcome();
                    out.add(Criterion.fail(o == null ? t("grade.10.no.subscribe", SUBSCRIBE_WAIT.toSeconds())
                            : o.kind() == Outcome.Kind.THREW ? t("grade.10.crashed.early", o.exceptionLine())
                            : t("grade.10.ended.early", o.sentence(LIMITS))));
                    told = o != null;
                    out.add(Criterion.fail(t("grade.10.no.day")));
                    out.addAll(DayJudge.notRun());
                    return out;
                }
                List<TapEvent> day = DayRecording.play(lab, building, a.progress());
                boolean through = run.alive();
                Outcome early = through ? null : run.outcome();
                out.add(Criterion.of(through, t("grade.10.whole.day"), early == null ? ""
                        : early.kind() == Outcome.Kind.THREW ? t("grade.10.crashed", early.exceptionLine())
                        : t("grade.10.ended", early.sentence(LIMITS))));
                told = !through;
                out.addAll(new DayJudge(a.exercise()).judge(day, lab));
            } finally {
                Outcome end = run.stop();
                run.close();
                for (String id : studentClients(history.since(start), lab)) lab.cut(id);
                if (!told && !end.clean()) out.add(Criterion.fail(end.sentence(LIMITS)));
                List<String> all = end.sentences(LIMITS);
                for (String refusal : all.subList(1, all.size())) out.add(Criterion.fail(refusal));
            }
            return out;
        } finally {
            deleteTree(classes);
        }
    }

    static Set<String> studentClients(List<TapEvent> events, LabSystem lab) {
        Set<String> ids = new HashSet<>();
        for (TapEvent e : events) {
            if (e.direction() == Direction.IN && e.packet() instanceof Connect c && !lab.isInternalClient(c.clientId())) ids.add(c.clientId());
        }
        return ids;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
