package mqttlab.shell.classroom;

import java.nio.file.Path;
import java.util.List;
import mqttlab.classroom.Classroom;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
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
    private final LiveTable live;

    ScoreboardCommand(ShellContext ctx, Classroom classroom, LiveTable live) {
        this.ctx = ctx;
        this.classroom = classroom;
        this.live = live;
    }

    @Override
    public void run() {
        if (words.isEmpty()) {
            if (ctx.interactive()) live.show(ctx, () -> classroom.commands().scoreboard());
            else classroom.commands().scoreboard().forEach(ctx::println);
        } else if (words.size() == 2 && words.get(0).equals("export")) {
            InstructorLines.print(ctx, classroom.commands().scoreboardExport(Path.of(words.get(1))));
        } else {
            throw new ShellException(Text.t("shell.scoreboard.usage"));
        }
    }
}
