package mqttlab.shell.command;

import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;

@Command(name = "hint", description = "A hint for the current step.")
public final class HintCommand implements Runnable {
    private final ShellContext ctx;

    public HintCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        ctx.lessons().print(s.hint());
    }
}
