package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sleep", description = "Wait a few seconds (for scripted demos: let messages arrive).",
        footerHeading = "%nExamples:%n", footer = {"  sleep 2", "  sleep 0.5"})
public final class SleepCommand implements Runnable {
    @Parameters(descriptionKey = "SECONDS[0]", paramLabel = "${bundle:label.seconds:-SECONDS}", description = "how long to wait (0.1 to 60)")
    double seconds;

    public SleepCommand(ShellContext ctx) { }

    @Override
    public void run() {
        if (seconds < 0 || seconds > 60) throw new mqttlab.shell.ShellException("sleep: give 0 to 60 seconds, e.g. `sleep 2`.");
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
