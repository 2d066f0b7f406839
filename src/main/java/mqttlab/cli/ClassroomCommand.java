package mqttlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;
import mqttlab.building.BuildingConfig;
import mqttlab.building.BuildingConfigException;
import mqttlab.building.BuildingConfigParser;
import mqttlab.classroom.Classroom;
import mqttlab.classroom.ClassroomException;
import mqttlab.classroom.InstructorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqttlab classroom [-c broker/classroom.conf]}: the instructor's lab. The broker on the
 * config's listeners with its accounts and ACL, the building (as the internal {@code building}
 * account), the addresses students should use, then the instructor's commands, one per line
 * (an interim console: the lab shell replaces it).
 */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = {"Run a class: one broker for every student, the building and the scoreboard.",
                "Accounts and ACL come from the config; students join with `mqttlab --join HOST:PORT --user NAME`."},
        footer = {"", "Examples:", "  mqttlab classroom", "  mqttlab classroom -c my-class.conf", ""})
public final class ClassroomCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config-file"}, paramLabel = "FILE", defaultValue = "broker/classroom.conf",
            description = "The broker configuration (mosquitto.conf syntax; default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--no-building", description = "Run the class without the simulated building.")
    boolean noBuilding;

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    public ClassroomCommand() {
        this(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, System.err);
    }

    ClassroomCommand(BufferedReader in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            err.println("Error: no configuration file " + config + " (give one with -c FILE; broker/classroom.conf is the shipped example).");
            return 1;
        }
        BrokerConfig cfg;
        BuildingConfig building;
        try {
            cfg = ConfigParser.parse(config);
            building = noBuilding ? null : BuildingConfigParser.loadOrDefault(LabHome.get());
        } catch (ConfigException | BuildingConfigException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        Classroom classroom;
        try {
            classroom = Classroom.start(cfg, building, Clock.systemUTC());
        } catch (ClassroomException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            classroom.close();
            stopped.countDown();
        }, "mqttlab-classroom-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("MQTT Lab classroom: broker on " + classroom.broker().addresses() + ", "
                + classroom.roster().students().size() + " students on the roster"
                + classroom.building().map(b -> ", building: " + b.config().rooms().size() + " rooms").orElse(", no building") + ".");
        classroom.joinInstructions().forEach(out::println);
        out.println("Type `help` for the instructor's commands.");
        out.flush();
        InstructorCommands commands = classroom.commands();
        if (!loop(commands)) {
            out.println("(input closed: the classroom keeps running until Ctrl-C)");
            out.flush();
            stopped.await();
            return 0;
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        classroom.close();
        return 0;
    }

    /** Reads commands until {@code quit} (true) or the end of the input (false). */
    private boolean loop(InstructorCommands commands) throws IOException {
        boolean console = System.console() != null;
        while (true) {
            if (console) {
                out.print("class> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) return false;
            String l = line.strip();
            if (l.equals("quit") || l.equals("exit")) return true;
            commands.run(l).forEach(out::println);
            out.flush();
        }
    }
}
