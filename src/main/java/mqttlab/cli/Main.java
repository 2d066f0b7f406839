package mqttlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point: `mqttlab [COMMAND]`. With no command it opens the lab shell.
 * Each subcommand is one class in this package; register new ones in {@link #SUBCOMMANDS}.
 */
@Command(name = "mqttlab", mixinStandardHelpOptions = true, version = "MQTT Lab 0.1.0",
        description = "An interactive lab for learning MQTT: a shell, a real broker, a simulated building, lessons and exercises.")
public final class Main implements Runnable, CommandLine.IExitCodeGenerator {

    @CommandLine.Mixin
    ShellArgs shell = new ShellArgs();

    /** Subcommands, in the order `mqttlab --help` lists them. */
    static final Class<?>[] SUBCOMMANDS = {
            ShellCommand.class,
            SubCommand.class,
            PubCommand.class,
            DecodeCommand.class,
            EncodeCommand.class,
            MatchCommand.class,
            BrokerCommand.class,
            PasswdCommand.class,
            BenchCommand.class,
            ClassroomCommand.class,
            CheckCommand.class,
    };

    /** {@code mqttlab --join HOST[:PORT] --user NAME}: a student joins the instructor's lab. */
    @CommandLine.Mixin
    JoinOptions join = new JoinOptions();

    private int exitCode;

    @Override
    public void run() {
        if (join.requested()) { // a student joins the instructor's lab: the shell on its broker
            join.user = shell.user;
            join.givenPassword = shell.password;
            join.lang = shell.lang;
            exitCode = join.run();
            return;
        }
        // No subcommand: the shell (`mqttlab --port N` = `mqttlab shell --port N`).
        System.exit(shell.run());
    }

    @Override
    public int getExitCode() { return exitCode; }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : SUBCOMMANDS) cl.addSubcommand(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // `@` starts mosquitto_sub -F time fields, not argument files
        CliErrors.install(cl);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
