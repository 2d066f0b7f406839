package mqttlab.shell.command;

import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;

@Command(name = "next", description = "Go on to the next step (a reading step counts as done; a step still to do is skipped).")
public final class NextCommand implements Runnable {
    private final ShellContext ctx;

    public NextCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        LessonSession s = ctx.lessons().session();
        ctx.lessons().print(s.next());
    }
}
