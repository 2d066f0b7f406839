package mqttlab.cli;

import mqttlab.files.LabHome;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;
import mqttlab.broker.connect.ConnectionQuota;
import mqttlab.building.BuildingConfig;
import mqttlab.building.BuildingConfigException;
import mqttlab.building.BuildingConfigParser;
import mqttlab.classroom.ClassAddress;
import mqttlab.classroom.Classroom;
import mqttlab.classroom.ClassroomAuthorizer;
import mqttlab.classroom.ClassroomException;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellAddOn;
import mqttlab.shell.ShellOptions;
import mqttlab.shell.classroom.InstructorAddOn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqttlab classroom [-c broker/classroom.conf]}: the instructor's lab. The broker on the
 * config's listeners with its accounts, ACL and persistence, the building (as the internal
 * {@code building} account), then the lab shell on them as the instructor's console, with
 * {@code scoreboard}, {@code roster} and {@code class}; its banner says how students join.
 * Leaving the shell ends the class.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = {"Run a class: one broker for every student, the building, the scoreboard, in the lab shell.",
                "Accounts and ACL come from the config; students join with `mqttlab --join HOST:PORT --user NAME`."},
        footer = {"", "Examples:", "  mqttlab classroom", "  mqttlab classroom -c my-class.conf",
                "  mqttlab classroom --broker mqtt://instructor@10.0.0.5:1883 --roster students.txt", ""})
public final class ClassroomCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config-file"}, paramLabel = "${bundle:label.file:-FILE}", defaultValue = "broker/classroom.conf",
            description = "The broker configuration (mosquitto.conf syntax; default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--no-building", description = "Run the class without the simulated building.")
    boolean noBuilding;

    @Option(names = "--max-connections-per-user", paramLabel = "N", defaultValue = "20",
            description = "Connections one student may hold at once; the instructor's and the building's have no limit (default: ${DEFAULT-VALUE}).")
    int maxConnectionsPerUser;

    @Option(names = "--lang", paramLabel = "en|ko", description = "Language of the shell's messages (default: from the locale).")
    String lang;

    @Option(names = "--broker", paramLabel = "URL", description = "Run the class on this existing broker (e.g. mqtt://instructor@10.0.0.5:1883) instead of the lab's own; its accounts and ACL apply.")
    String broker;

    @Option(names = "--user", paramLabel = "${bundle:label.name:-NAME}", description = "With --broker: the instructor's account on that broker (default: the URL's user, else instructor).")
    String user;

    @Option(names = "--password-file", paramLabel = "${bundle:label.file:-FILE}", description = "With --broker: read the password from the first line of FILE (else the URL, MQTTLAB_PASSWORD, or asked).")
    Path passwordFile;

    @Option(names = "--roster", paramLabel = "${bundle:label.file:-FILE}", description = "With --broker: the students expected, one name per line or a mosquitto password file (only the names are read).")
    Path roster;

    private java.util.function.Function<String, String> env = System::getenv;

    private final BiFunction<ShellOptions, ShellAddOn, Integer> shell;
    private final PrintStream err;

    public ClassroomCommand() {
        this(LabShell::run, System.err);
    }

    /** {@code shell} runs the lab shell (tests: on a dumb terminal fed with a script). */
    ClassroomCommand(BiFunction<ShellOptions, ShellAddOn, Integer> shell, PrintStream err) {
        this.shell = shell;
        this.err = err;
    }

    /** Tests: the environment {@code MQTTLAB_PASSWORD} is read from. */
    ClassroomCommand env(java.util.function.Function<String, String> e) {
        this.env = e;
        return this;
    }

    @Override
    public Integer call() {
        if (broker != null) return onBroker();
        if (!Files.isRegularFile(config)) {
            err.println(mqttlab.text.Text.t("cli.error", mqttlab.text.Text.t("classroom.no.config", config)));
            return 1;
        }
        BrokerConfig cfg;
        BuildingConfig building;
        try {
            cfg = ConfigParser.parse(config);
            building = noBuilding ? null : BuildingConfigParser.loadOrDefault(LabHome.get());
        } catch (ConfigException | BuildingConfigException e) {
            err.println(mqttlab.text.Text.t("cli.error", e.getMessage()));
            return 1;
        }
        Classroom classroom;
        try {
            if (maxConnectionsPerUser < 1) {
                err.println(mqttlab.text.Text.t("cli.error", mqttlab.text.Text.t("classroom.max.per.user", maxConnectionsPerUser)));
                return 1;
            }
            classroom = Classroom.start(cfg, building, Clock.systemUTC(), new ConnectionQuota(maxConnectionsPerUser));
        } catch (ClassroomException e) {
            err.println(mqttlab.text.Text.t("cli.error", e.getMessage()));
            return 1;
        }
        return run(classroom);
    }

    /** {@code --broker URL}: the console, scoreboard and building on a broker that is already running. */
    private int onBroker() {
        Classroom classroom;
        try {
            ClassAddress at = ClassAddress.parse(broker);
            // the console, its building and the instructor's shell would each need TLS: students can (--join mqtts://), the console not yet
            if (at.tls()) throw new IllegalArgumentException(mqttlab.text.Text.t("class.console.no.tls", at.address()));
            String name = user != null && !user.isBlank() ? user : at.user().orElse(ClassroomAuthorizer.CONSOLE);
            String password = JoinOptions.password(null, passwordFile, at.password(), env, name, at.address());
            BuildingConfig building = noBuilding ? null : BuildingConfigParser.loadOrDefault(LabHome.get());
            classroom = Classroom.onBroker(at, name, password, roster, building, Clock.systemUTC());
        } catch (IllegalArgumentException | IllegalStateException | ClassroomException e) {
            String m = e.getMessage();
            err.println("Error: " + m.substring(0, 1).toUpperCase() + m.substring(1));
            return 1;
        }
        return run(classroom);
    }

    private int run(Classroom classroom) {
        Thread hook = new Thread(classroom::close, "mqttlab-classroom-shutdown"); // killed: students still see the lab go away
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return shell.apply(new ShellOptions(null, null, null, 0, lang, true), new InstructorAddOn(classroom));
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
            classroom.close();
        }
    }
}
