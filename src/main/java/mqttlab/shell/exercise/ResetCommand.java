package mqttlab.shell.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reset", description = "Restore an exercise's starter files (yours are kept as NAME.bak).",
        footerHeading = "%nExample:%n", footer = {"  reset 10"})
public final class ResetCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "NN", description = "the exercise")
    String id;

    public ResetCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        try {
            ctx.exercises().commands().reset(id).forEach(ctx::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
