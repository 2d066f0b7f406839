package mqttlab.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "hint", description = "A hint for the current lesson step; `hint NN` gives exercise NN's hints.",
        footerHeading = "%nExamples:%n", footer = {"  hint", "  hint 10"})
public final class HintCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..1", paramLabel = "NN", description = "an exercise (without it: the lesson's hint)")
    String exercise;

    public HintCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        if (exercise != null) {
            try {
                ctx.lessons().print(String.join("\n", ctx.exercises().commands().hint(exercise)));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return;
        }
        // plain `hint` follows what the student is on: the exercise shown last, or the open lesson
        boolean lessonOpen = ctx.lessons().available() && ctx.lessons().session().currentLesson().isPresent();
        boolean exerciseShown = ctx.exercises() != null && ctx.exercises().commands().hasCurrent();
        if (exerciseShown && (ctx.onExercise() || !lessonOpen)) {
            try {
                ctx.lessons().print(String.join("\n", ctx.exercises().commands().hint(null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return;
        }
        if (!lessonOpen) {
            ctx.println(ctx.t("shell.hint.nothing.open"));
            return;
        }
        LessonSession s = ctx.lessons().session();
        ctx.lessons().print(s.hint());
    }
}
