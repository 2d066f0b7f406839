package mqttlab.cli;

import mqttlab.text.Cause;
import mqttlab.files.LabHome;
import static mqttlab.text.Text.t;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import mqttlab.exercises.Checker;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.Kind;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.LabSystems;
import mqttlab.exercises.LabUnavailableException;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.ProgressBar;
import mqttlab.exercises.ProgressListener;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.relay.Upstream;
import mqttlab.exercises.Report;
import mqttlab.exercises.Workspace;
import mqttlab.exercises.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `mqttlab check NN`: grades one exercise against a private embedded broker and building, or with
 * --broker URL through a relay in front of that broker (so the graders see every packet, as in the
 * shell; the building connects through it too). Exit status 0 when every criterion passes, 1 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Grade an exercise against the live system (exit 0 when it passes).")
public final class CheckCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    /** How a private lab is started; tests bind their own. */
    static volatile Supplier<LabSystem> privateLab = LabSystems::startEmbedded;

    @Parameters(descriptionKey = "EXERCISE[0]", index = "0", paramLabel = "${bundle:label.exercise:-EXERCISE}", description = "The exercise: 01..11 or its folder name.")
    String id;

    @Option(names = "--broker", paramLabel = "URL", description = "Grade through a relay in front of this broker (tcp://HOST:PORT or mqtts://HOST:PORT) instead of a private one.")
    String broker;

    @Option(names = "--cafile", paramLabel = "${bundle:label.file:-FILE}", description = "For an mqtts:// broker: the CA certificate that signed the broker's, as mosquitto_sub --cafile.")
    Path cafile;

    @Option(names = "--external", description = "Grade your own program, which you run yourself while the check watches.")
    boolean external;

    @Option(names = "--dir", paramLabel = "${bundle:label.folder:-FOLDER}", description = "Grade the files in this folder (default: your working copy, else the exercise).")
    Path dir;

    @Option(names = "--wait", paramLabel = "${bundle:label.seconds:-SECONDS}", description = "For shell exercises: how long to watch for your actions (default 120).")
    int waitSeconds = 120;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            ExerciseCatalog catalog = ExerciseCatalog.load();
            Exercise e = catalog.require(id);
            Path home = LabHome.get();
            Path folder = dir != null ? dir.toAbsolutePath() : new Workspace(home).gradedFolder(e);
            // redrawn once per percent, not per tick
            String clearRest = System.console() != null ? "\u001b[K" : ""; // what a longer label left on the row
            // cut to 79 columns: a bar that wraps on an 80-column terminal leaves its first row behind at each \r
            ProgressListener bar = ProgressBar.drawn(100, 30, (line, done) -> err.print("\r" + mqttlab.text.Columns.truncate(line, 79) + clearRest + (done ? "\n" : "")));
            Report report;
            if (e.kind() == Kind.QUIZ) {
                report = new Checker(null, null).check(e, folder, external, bar);
            } else {
                try (LabSystem lab = broker != null ? EmbeddedLab.startRelayed(Upstream.parse(broker, cafile)) : privateLab.get();
                     PacketHistory history = tap(lab)) {
                    Checker checker = new Checker(lab, history);
                    if (broker != null) err.println(t("check.cli.relay", lab.host(), lab.port(), Upstream.parse(broker, cafile).url()));
                    if (e.kind() == Kind.SHELL && waitSeconds > 0) {
                        err.println(t("check.cli.watching", lab.host(), lab.port(), waitSeconds, e.id()));
                    }
                    if (e.kind() == Kind.EXTERNAL && external) {
                        err.println(t("check.cli.start.program", lab.host(), lab.port()));
                    }
                    report = e.kind() == Kind.SHELL ? checker.checkWatching(e, folder, Duration.ofSeconds(waitSeconds), bar)
                            : checker.check(e, folder, external, bar);
                }
            }
            new ProgressStore(home, Clock.systemUTC()).recordCheck(e.id(), report.score(), report.passed());
            report.lines(false).forEach(out::println);
            return report.passed() ? 0 : 1;
        } catch (LabUnavailableException | IllegalArgumentException | IllegalStateException x) {
            err.println(t("check.cli.error", x.getMessage()));
            return 1;
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception x) {
            err.println(t("check.cli.error", mqttlab.text.Cause.of(x)));
            return 1;
        }
    }

    private static PacketHistory tap(LabSystem lab) {
        try {
            return PacketHistory.record(lab);
        } catch (LabUnavailableException noTap) {
            return null;
        }
    }
}
