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

    /** Makes picocli's parse errors for `sub` and `pub` read like mosquitto's; other commands keep picocli's. */
    static void install(CommandLine root) {
        CommandLine.IParameterExceptionHandler original = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            if (name.equals("sub") || name.equals("pub")) return usage(System.err, "mqttlab " + name, "Error: " + mqttlab.text.PicocliText.message(ex));
            // picocli's handler prints the message and the usage; both in the lab's language
            if (!mqttlab.text.Text.korean()) return original.handleParseException(ex, args);
            CommandLine.ParameterException said = new CommandLine.ParameterException(ex.getCommandLine(), mqttlab.text.PicocliText.message(ex), ex);
            return original.handleParseException(said, args);
        });
    }
}
