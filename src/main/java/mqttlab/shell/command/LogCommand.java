package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "log", description = "Show the broker's log (mosquitto -v lines) above the prompt, or stop.",
        footerHeading = "%nExamples:%n", footer = {"  log on", "  log off"})
public final class LogCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "on|off", description = "on or off")
    OnOff state;

    enum OnOff { on, off }

    public LogCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.broker("log");
        ctx.tap().log(state == OnOff.on);
        ctx.println(ctx.t(state == OnOff.on ? "shell.log.on" : "shell.log.off"));
    }
}
