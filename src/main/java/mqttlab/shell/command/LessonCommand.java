package mqttlab.shell.command;

import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lesson", aliases = "lessons", description = "The lessons: `lesson` lists them with your progress, `lesson N` opens one.",
        footerHeading = "%nExamples:%n",
        footer = {"  lesson        the list, with the steps you have done", "  lesson 7      open lesson 7 (wildcards) at its first step not done",
                "  next / back / step / hint / answer TEXT      inside a lesson"})
public final class LessonCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..1", paramLabel = "N", description = "the lesson to open")
    String number;

    public LessonCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        if (number == null) {
            ctx.lessons().print(s.list());
            return;
        }
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new ShellException(ctx.t("shell.lesson.number", number));
        }
        ctx.lessons().print(s.open(n));
        ctx.onExercise(false);
        // a lesson that has the student type `java` gets JShell's JVM started now, while its first steps are read,
        // so the first snippet answers at once rather than after a JVM start and a compile
        boolean usesJava = s.currentLesson().stream().flatMap(l -> l.steps().stream())
                .anyMatch(step -> step.solution().stream().anyMatch(line -> line.strip().equals("java")));
        if (usesJava) ctx.exercises().jshell().warm();
        if (ctx.endpoint().view() == null) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, ctx.t("shell.lesson.external")));
    }
}
