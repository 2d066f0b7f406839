package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;

@Command(name = "quit", aliases = "exit", description = "Leave the lab (sessions closed, broker stopped). Ctrl-D does the same.")
public final class QuitCommand implements Runnable {
    private final ShellContext ctx;

    public QuitCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() { ctx.requestExit(); }
}
