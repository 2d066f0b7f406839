package mqttlab.shell.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "exercise", description = "The exercises with your status; `exercise NN` shows a task and prepares your copy of its files.",
        footerHeading = "%nExamples:%n", footer = {"  exercise", "  exercise 01", "  check 01"})
public final class ExerciseCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..1", paramLabel = "NN", description = "the exercise: 01..11 or its folder name")
    String id;

    public ExerciseCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        var desk = ctx.exercises();
        if (id == null) {
            desk.commands().list().forEach(ctx::println);
            return;
        }
        try {
            String task = String.join("\n", desk.commands().show(id));
            // a task names the lab's address as {{host}} and {{port}}, as the lessons do
            ctx.lessons().print(ctx.lessons().maybe().map(s -> s.places().fill(task))
                    .orElse(mqttlab.lessons.LabPlaces.around(ctx.endpoint().host(), ctx.endpoint().port()).fill(task)));
            ctx.onExercise(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
