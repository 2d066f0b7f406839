package mqttlab.shell.command;

import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;

@Command(name = "back", description = "Go back to the previous step of the lesson.")
public final class BackCommand implements Runnable {
    private final ShellContext ctx;

    public BackCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        ctx.lessons().print(s.back());
    }
}
