package mqttlab.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/** Errors on the command line the way mosquitto's tools print them: the error, a blank line, where to find usage; status 1. */
final class CliErrors {
    private CliErrors() { }

    static int usage(PrintStream err, String tool, String message) {
        err.println(message);
        err.println();
        err.println(mqttlab.text.Text.t("cli.see.help", tool));
        return 1;
    }

    /**
     * Whether the command line ends with a topic option and no value: what a shell leaves of {@code -t # -v},
     * since an unquoted # starts a comment there and the rest of the line never reaches the program.
     */
    static boolean hashEaten(CommandLine.ParameterException ex, String[] args) {
        if (!(ex instanceof CommandLine.MissingParameterException) || args.length == 0) return false;
        String last = args[args.length - 1];
        return last.equals("-t") || last.equals("--topic") || last.equals("-T") || last.equals("--filter-out");
    }

    /** Makes picocli's parse errors for `sub` and `pub` read like mosquitto's; other commands keep picocli's. */
    static void install(CommandLine root) {
        CommandLine.IParameterExceptionHandler original = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            if (name.equals("sub") || name.equals("pub")) {
                String said = mqttlab.text.Text.t("cli.error", mqttlab.text.PicocliText.message(ex));
                if (hashEaten(ex, args)) said += "\n" + mqttlab.text.Text.t("cli.hash.comment");
                return usage(System.err, "mqttlab " + name, said);
            }
            // picocli's handler prints the message and the usage; both in the lab's language
            if (!mqttlab.text.Text.korean()) return original.handleParseException(ex, args);
            CommandLine.ParameterException said = new CommandLine.ParameterException(ex.getCommandLine(), mqttlab.text.PicocliText.message(ex), ex);
            return original.handleParseException(said, args);
        });
    }
}
