package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.TopicTreeView;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;

@Command(name = "tree", description = "The live topic tree: every level seen, each topic's last value, message count and retained marker.")
public final class TreeCommand implements Runnable {
    private final ShellContext ctx;

    public TreeCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.broker("tree");
        var root = ctx.tap().tree().snapshot();
        if (root.children().isEmpty()) {
            ctx.println(ctx.t("shell.empty.tree"));
            return;
        }
        for (AttributedString l : TopicTreeView.render(root, ctx.styles(), Math.max(10, ctx.width() / 3))) ctx.println(l);
    }
}
