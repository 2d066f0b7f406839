package mqttlab.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs. Picocli builds a subcommand's whole model (reflection over
 * every option) when it is registered, so `mqttlab match a/+ a/b` registering all eleven cost most of its
 * start-up; a line that names one subcommand gets only that one. Help, a typo or no subcommand get all,
 * so that `--help` lists them and picocli can suggest the nearest name.
 */
final class OneSubcommand {
    /** Options of the top-level command that take a separate value (`--port 1884`). */
    private static final Set<String> TAKES_VALUE = Set.of(
            "--broker", "--user", "--password", "--port", "--lang", "--join", "--password-file", "--keepalive");

    private OneSubcommand() {}

    static List<Class<?>> needed(String[] args, Class<?>[] all) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.startsWith("-")) {
                if (TAKES_VALUE.contains(a)) i++;
                continue;
            }
            for (Class<?> c : all) {
                Command command = c.getAnnotation(Command.class);
                if (command.name().equals(a) || List.of(command.aliases()).contains(a)) return List.of(c);
            }
            break;
        }
        return List.of(all);
    }
}
