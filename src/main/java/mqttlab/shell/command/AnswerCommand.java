package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.List;
import mqttlab.lessons.LabEvent;
import mqttlab.lessons.LessonSession;
import mqttlab.lessons.StepCheck;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "answer", description = "Answer the current lesson step's question.",
        footerHeading = "%nExamples:%n", footer = {"  answer no", "  answer 4", "  answer PUBLISH PUBREC PUBREL PUBCOMP"})
public final class AnswerCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "TEXT[0..*]", arity = "0..*", paramLabel = "${bundle:label.text:-TEXT}", description = "your answer (the rest of the line)")
    List<String> words = new ArrayList<>();

    public AnswerCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        if (words.isEmpty()) throw new ShellException(ctx.t("shell.answer.empty"));
        boolean asked = s.currentLesson()
                .flatMap(l -> l.step(s.currentStep()).check())
                .map(c -> c instanceof StepCheck.AnswerGiven).orElse(false);
        if (!asked) {
            if (s.currentLesson().isEmpty()) ctx.lessons().print(s.step());
            else ctx.println(ctx.t("shell.answer.not.asked"));
            return;
        }
        s.offer(new LabEvent.AnswerTyped(String.join(" ", words)))
                .ifPresentOrElse(ctx.lessons()::print, () -> ctx.println(ctx.t("shell.answer.wrong")));
    }
}
