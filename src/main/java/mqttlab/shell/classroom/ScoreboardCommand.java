package mqttlab.shell.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mqttlab.classroom.Classroom;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.UsageLine;
import mqttlab.shell.ui.LiveView;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import mqttlab.text.Text;

/** {@code scoreboard} (live until a key is pressed; once when piped) and {@code scoreboard export FILE.csv}. */
@Command(name = "scoreboard", description = "Who is connected, where each student is, what they passed (instructor).",
        footerHeading = "%nExamples:%n", footer = {"  scoreboard", "  scoreboard export class-2025-05-01.csv"})
public final class ScoreboardCommand implements Runnable, UsageLine {
    /** A word that names no action: the usage line, as before `export` was a subcommand. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> unknown = new ArrayList<>();

    private final ShellContext ctx;
    private final Classroom classroom;
    private final AtomicReference<LiveView> shown;

    ScoreboardCommand(ShellContext ctx, Classroom classroom, AtomicReference<LiveView> shown) {
        this.ctx = ctx;
        this.classroom = classroom;
        this.shown = shown;
    }

    /** {@code scoreboard} alone: the live table. */
    @Override
    public void run() {
        if (!unknown.isEmpty()) throw new ShellException(Text.t("shell.scoreboard.usage"));
        // redrawn every second (the "last activity" ages) and at once when a report comes in
        LiveView view = new LiveView(ctx, 1000);
        shown.set(view);
        try {
            view.show(() -> classroom.commands().scoreboard().stream().map(AttributedString::new).toList());
        } finally {
            shown.set(null);
        }
    }

    @Override
    public String usageLine(String subcommand, List<String> words) { return Text.t("shell.scoreboard.usage"); }

    @Command(name = "export", description = "Write the table as CSV instead of showing it.")
    void export(@Parameters(descriptionKey = "FILE.csv[0]", paramLabel = "${bundle:label.csv:-FILE.csv}", description = "the CSV file to write") String file) {
        InstructorLines.print(ctx, classroom.commands().scoreboardExport(Path.of(file)));
    }
}
