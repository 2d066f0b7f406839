package mqttlab.exercises.support;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mqttlab.exercises.Checker;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.Kind;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.ProgressListener;
import mqttlab.exercises.Report;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.relay.Upstream;
import mqttlab.testsupport.MosquittoProcess;
import mqttlab.testsupport.Peers;

/**
 * Grades a folder as a student would get it graded: quizzes directly; shell actions by playing the
 * folder's commands.txt against a fresh private lab (the real broker and building); Java in-process; external programs by running
 * them (Python with paho) while the check watches.
 */
public final class Grading {
    private Grading() {
    }

    public static Report grade(Exercise e, Path folder) throws Exception {
        return grade(e, folder, false);
    }

    /**
     * As {@link #grade(Exercise, Path)}; {@code relayed}: against a fresh Debian mosquitto behind the lab's
     * relay (`--broker`), the building connecting through the relay too, instead of the lab's own broker.
     */
    public static Report grade(Exercise e, Path folder, boolean relayed) throws Exception {
        if (e.kind() == Kind.QUIZ) return new Checker(null, null).check(e, folder, false, ProgressListener.NONE);
        if (!relayed) return grade(e, folder, EmbeddedLab.startPrivate());
        try (MosquittoProcess upstream = MosquittoProcess.start()) {
            return grade(e, folder, EmbeddedLab.startRelayed(Upstream.parse("tcp://" + upstream.host() + ":" + upstream.port(), null)));
        }
    }

    private static Report grade(Exercise e, Path folder, EmbeddedLab started) throws Exception {
        try (EmbeddedLab lab = started; PacketHistory history = PacketHistory.record(lab)) {
            lab.liveBuilding().speed(20);   // readings every 1/4 s at rest, so a session's subscribers get theirs quickly
            Checker checker = new Checker(lab, history);
            switch (e.kind()) {
                case SHELL -> StudentSession.play(lab, folder.resolve("commands.txt"));
                case EXTERNAL -> {
                    Process p = new ProcessBuilder(Peers.pythonWithPaho().toString(), folder.resolve(e.starters().get(0)).toString(),
                            lab.host(), Integer.toString(lab.port())).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    try {
                        return checker.check(e, folder, true, ProgressListener.NONE);
                    } finally {
                        p.destroy();
                        p.waitFor(5, TimeUnit.SECONDS);
                    }
                }
                default -> { }
            }
            return checker.check(e, folder, false, ProgressListener.NONE);
        }
    }

    public static String text(Report r) {
        return r.lines().stream().collect(Collectors.joining("\n"));
    }
}
