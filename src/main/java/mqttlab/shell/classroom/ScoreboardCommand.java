package mqttlab.shell.classroom;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mqttlab.classroom.Classroom;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.ui.LiveView;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import mqttlab.text.Text;

/** {@code scoreboard} (live until a key is pressed; once when piped) and {@code scoreboard export FILE.csv}. */
@Command(name = "scoreboard", description = "Who is connected, where each student is, what they passed (instructor).",
        footerHeading = "%nExamples:%n", footer = {"  scoreboard", "  scoreboard export class-2025-05-01.csv"})
public final class ScoreboardCommand implements Runnable {
    @Parameters(arity = "0..2", paramLabel = "export FILE.csv", description = "write the table as CSV instead of showing it")
    List<String> words = List.of();

    private final ShellContext ctx;
    private final Classroom classroom;
    private final AtomicReference<LiveView> shown;

    ScoreboardCommand(ShellContext ctx, Classroom classroom, AtomicReference<LiveView> shown) {
        this.ctx = ctx;
        this.classroom = classroom;
        this.shown = shown;
    }

    @Override
    public void run() {
        if (words.isEmpty()) {
            // redrawn every second (the "last activity" ages) and at once when a report comes in
            LiveView view = new LiveView(ctx, 1000);
            shown.set(view);
            try {
                view.show(() -> classroom.commands().scoreboard().stream().map(AttributedString::new).toList());
            } finally {
                shown.set(null);
            }
        } else if (words.size() == 2 && words.get(0).equals("export")) {
            InstructorLines.print(ctx, classroom.commands().scoreboardExport(Path.of(words.get(1))));
        } else {
            throw new ShellException(Text.t("shell.scoreboard.usage"));
        }
    }
}
