package mqttlab.shell.command;

import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;

@Command(name = "step", description = "Show the current step again.")
public final class StepCommand implements Runnable {
    private final ShellContext ctx;

    public StepCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        ctx.lessons().print(s.step());
    }
}
