package mqttlab.cli;

import mqttlab.files.LabHome;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import mqttlab.classroom.ClassAddress;
import mqttlab.classroom.JoinException;
import mqttlab.classroom.JoinSpec;
import mqttlab.classroom.StudentSession;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.shell.ShellAddOn;
import mqttlab.shell.ShellOptions;
import mqttlab.shell.classroom.StudentAddOn;

/**
 * {@code mqttlab --join HOST[:PORT] --user NAME} (or {@code --join mqtt://NAME[:PASSWORD]@HOST:PORT}, any
 * MQTT broker the class runs on): joins the class (a refused account or an
 * unreachable lab is one error line, before any shell), then opens the lab shell on the
 * instructor's broker as that account, without a building of its own (the class has one), with
 * the class's events above the prompt and the progress reported ({@link StudentAddOn}).
 */
final class StudentShell {
    private final JoinOptions options;
    private final Function<String, String> env;
    private final BiFunction<ShellOptions, ShellAddOn, Integer> shell;
    private final PrintStream err;
    private final Map<String, Integer> localExercises;

    StudentShell(JoinOptions options, Function<String, String> env, BiFunction<ShellOptions, ShellAddOn, Integer> shell,
                 PrintStream err, Map<String, Integer> localExercises) {
        this.options = options;
        this.env = env;
        this.shell = shell;
        this.err = err;
        this.localExercises = localExercises;
    }

    /** The exercises passed on this machine ($MQTTLAB_HOME/progress.json), best score by id. */
    static Map<String, Integer> localExercises() {
        Map<String, Integer> out = new TreeMap<>();
        new ProgressStore(LabHome.get(), Clock.systemUTC()).load().exercises()
                .forEach((id, r) -> { if (r.passed()) out.put(id, r.bestScore()); });
        return out;
    }

    int run() {
        JoinSpec spec;
        String password;
        StudentAddOn addOn;
        StudentSession session;
        try {
            ClassAddress where = ClassAddress.parse(options.join);
            String user = options.user != null && !options.user.isBlank() ? options.user : where.user().orElse(null);
            if (user == null) return fail(mqttlab.text.Text.t("class.join.no.user"));
            password = options.password(env, user, where.password());
            spec = JoinSpec.of(where.url(), user, password).withKeepAlive(options.keepAlive).withCafile(options.cafile);
            addOn = new StudentAddOn(user, localExercises, spec.keepAliveSeconds(), Clock.systemUTC());
            session = StudentSession.join(spec, null, addOn.events());
        } catch (IllegalArgumentException | IllegalStateException | JoinException e) {
            return fail(e.getMessage());
        }
        addOn.attach(session);
        Thread hook = new Thread(session::close, "mqttlab-join-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            // the shell's relay forwards to the class broker the same way: TLS when the link is (--cafile too)
            return shell.apply(new ShellOptions(spec.url(), spec.user(), password, JoinSpec.DEFAULT_PORT, options.lang, true, spec.cafile()), addOn);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
            session.close();
        }
    }

    private int fail(String message) {
        err.println(mqttlab.text.Text.t("cli.error", message.substring(0, 1).toUpperCase() + message.substring(1)));
        err.flush();
        return 1;
    }
}
