package mqttlab.cli;

import mqttlab.shell.LabShell;
import mqttlab.shell.ShellOptions;
import picocli.CommandLine.Option;

/** The shell's options, shared by `mqttlab shell ...` and plain `mqttlab ...`. */
public final class ShellArgs {
    @Option(names = "--broker", paramLabel = "URL", description = "use the broker at URL (tcp://host:port) instead of the embedded one")
    String broker;

    @Option(names = "--cafile", paramLabel = "${bundle:label.file:-FILE}", description = "with --broker mqtts://…: trust the broker's certificate if this CA (PEM) signed it")
    java.nio.file.Path cafile;

    @Option(names = "--user", paramLabel = "${bundle:label.user:-USER}", description = "user name for the lab's client sessions (with --join: your account in the class)")
    String user;

    @Option(names = "--password", paramLabel = "${bundle:label.password:-PASSWORD}", description = "password for the lab's client sessions")
    String password;

    @Option(names = "--port", paramLabel = "N", description = "port of the embedded broker (default 1883)")
    int port = 1883;

    @Option(names = "--lang", paramLabel = "en|ko", description = "language of the shell's messages (default: from the locale)")
    String lang;

    @Option(names = "--no-building", description = "do not start the simulated building")
    boolean noBuilding;

    int run() {
        return LabShell.run(new ShellOptions(broker, user, password, port, lang, noBuilding, cafile));
    }
}
