package mqttlab.shell.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import mqttlab.exercises.ProgressBar;
import mqttlab.exercises.ProgressListener;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Grade an exercise against this lab's broker and building: what you did here counts.",
        footerHeading = "%nExamples:%n", footer = {"  check 01", "  check 10", "  check 11 --external    (run your controller.py against the lab first)"})
public final class CheckCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "NN", description = "the exercise")
    String id;

    @Option(names = "--external", description = "grade your own program, which you started against the lab broker")
    boolean external;

    public CheckCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        var desk = ctx.exercises();
        var commands = desk.commands();
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.check.start", id, desk.lab().host() + ":" + desk.lab().port())));
        if (!desk.tapped()) ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.check.no.tap")));
        try {
            for (String line : commands.check(id, external, bar(), ctx::exercisePassed)) ctx.println(line); // the classroom hears of a pass
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** A bar redrawn in place on a terminal; a line per quarter of the day otherwise. */
    private ProgressListener bar() {
        return ProgressBar.drawn(ctx.interactive() ? 100 : 4, 30, (line, done) -> {
            if (ctx.interactive()) {
                var w = ctx.terminal().writer();
                // \e[K clears what a longer line left behind on this row
                // one row less than the width: a wrapped bar would leave its first row behind at each \r
                String shown = mqttlab.text.Columns.truncate(line, Math.max(20, ctx.width() - 1));
                w.print("\r" + ctx.styles().look().fit(shown) + "\u001b[K" + (done ? "\n" : ""));
                w.flush();
            } else {
                ctx.println(line);
            }
        });
    }
}
