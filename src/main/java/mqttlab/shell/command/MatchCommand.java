package mqttlab.shell.command;

import mqttlab.protocol.topic.TextStyle;
import mqttlab.shell.ShellContext;
import mqttlab.tools.MatchTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "match", description = "Match a topic filter against topic names, explaining each level (and the rule an invalid one breaks).",
        footerHeading = "%nExamples:%n",
        footer = {"  match 'a/+/c/#' a/b/c/d a/x/c", "  match '+/+/+' a/b/c/d", "  match 'building/+/+/temperature' building/125/sensor1/temperature",
                "  match 'a+/c/d'                    just check the filter"})
public final class MatchCommand implements Runnable {
    private final ShellContext ctx;

    @Mixin MatchTool tool = new MatchTool();

    public MatchCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ToolOutput o = new ToolOutput();
        tool.run(o.out, new TextStyle(ctx.styles().colour(), true), Math.min(ctx.width(), 120));
        o.printTo(ctx);
    }
}
