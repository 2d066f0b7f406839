package mqttlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point: `mqttlab [COMMAND]`. With no command it opens the lab shell.
 * Each subcommand is one class in this package; register new ones in {@link #SUBCOMMANDS}.
 */
@Command(name = "mqttlab", mixinStandardHelpOptions = true, version = "MQTT Lab 0.1.0",
        description = "An interactive lab for learning MQTT: a shell, a real broker, a simulated building, lessons and exercises.")
public final class Main implements Runnable {

    /** Subcommands, in the order `mqttlab --help` lists them. */
    static final Class<?>[] SUBCOMMANDS = {
        CheckCommand.class,
    };

    @Override
    public void run() {
        // No subcommand: the shell. Until the shell lands, show help.
        new CommandLine(this).usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : SUBCOMMANDS) cl.addSubcommand(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
