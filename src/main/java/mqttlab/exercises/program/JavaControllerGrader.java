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

/**
 * Exercise 10: compile the student's controller in-process, run {@code main(host, port)} against the
 * lab, play a simulated day on the building's fast clock, and judge comfort and switching.
 */
public final class JavaControllerGrader implements Grader {
    static final Duration SUBSCRIBE_WAIT = Duration.ofSeconds(10);
    /** How long a program may take to wind down (disconnect) once interrupted. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    @Override
    public List<Criterion> grade(Attempt a) throws Exception {
        String file = a.exercise().starters().get(0);
        Path source = a.file(file);
        if (!Files.isRegularFile(source)) return List.of(Criterion.fail(t("check.no.file", file, a.folder(), a.exercise().id())));
        String code = Files.readString(source);
        if (code.matches("(?s).*\\b(System\\s*\\.\\s*exit|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(halt|exit))\\s*\\(.*")) {
            return List.of(Criterion.fail(t("grade.10.exit", file)));
        }
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
            ProgramRun run = ProgramRun.start(classes, className, lab.host(), Integer.toString(lab.port()));
            try {
                boolean subscribed = Watch.untilSubscribed(history, lab, start, SUBSCRIBE_WAIT, run::alive);
                if (!subscribed) {
                    out.add(Criterion.fail(run.crash() != null ? t("grade.10.crashed.early", run.crashLine(file))
                            : t("grade.10.no.subscribe", SUBSCRIBE_WAIT.toSeconds())));
                    return out;
                }
                List<TapEvent> day = DayRecording.play(lab, building, a.progress());
                out.add(Criterion.of(run.crash() == null, t("grade.10.whole.day"), t("grade.10.crashed", run.crashLine(file))));
                out.addAll(new DayJudge(a.exercise()).judge(day, lab));
            } finally {
                boolean polite = run.stop(STOP_GRACE);
                for (String id : studentClients(history.since(start), lab)) lab.cut(id);
                if (!polite) out.add(Criterion.fail(t("grade.10.forced")));
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
