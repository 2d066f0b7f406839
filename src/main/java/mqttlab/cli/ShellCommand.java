package mqttlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `mqttlab shell` (also plain `mqttlab`): the lab shell on the embedded broker, or on the broker at --broker URL. */
@Command(name = "shell", description = "Open the lab shell (the default when no command is given).")
public final class ShellCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin ShellArgs args = new ShellArgs();

    @Option(names = "--help", usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() { return args.run(); }
}
