package mqttlab.shell.command;

import java.util.List;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.LiveView;
import mqttlab.shell.ui.TopicTreeView;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;

@Command(name = "tree", description = "The live topic tree: every level seen, each topic's last value, message count and retained marker.")
public final class TreeCommand implements Runnable {
    private static final long REFRESH_MILLIS = 1000;
    private final ShellContext ctx;

    public TreeCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.broker("tree");
        if (ctx.tap().tree().snapshot().children().isEmpty()) {
            ctx.println(ctx.t("shell.empty.tree"));
            return;
        }
        // live, as the building: counts and last values change while the student watches
        new LiveView(ctx, REFRESH_MILLIS).show(this::lines);
    }

    private List<AttributedString> lines() {
        return TopicTreeView.render(ctx.tap().tree().snapshot(), ctx.styles(), Math.max(10, ctx.width() / 3));
    }
}
