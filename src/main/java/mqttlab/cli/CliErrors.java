package mqttlab.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/** Errors on the command line the way mosquitto's tools print them: the error, a blank line, where to find usage; status 1. */
final class CliErrors {
    private CliErrors() { }

    static int usage(PrintStream err, String tool, String message) {
        err.println(message);
        err.println();
        err.println("Use '" + tool + " --help' to see usage.");
        return 1;
    }

    /** Makes picocli's parse errors for `sub` and `pub` read like mosquitto's; other commands keep picocli's. */
    static void install(CommandLine root) {
        CommandLine.IParameterExceptionHandler original = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            if (name.equals("sub") || name.equals("pub")) return usage(System.err, "mqttlab " + name, "Error: " + ex.getMessage());
            return original.handleParseException(ex, args);
        });
    }
}
