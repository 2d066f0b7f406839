package mqttlab.shell.building;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mqttlab.building.Building;
import mqttlab.building.BuildingView;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * `building`: the building's live view. On a real terminal it redraws in place twice a second until a
 * key is pressed; on a dumb or piped terminal it prints one snapshot.
 */
public final class BuildingLive {
    private static final long REFRESH_MILLIS = 500;
    private final ShellContext ctx;
    private final Building building;
    private final BuildingView view;

    public BuildingLive(ShellContext ctx, Building building) {
        this.ctx = ctx;
        this.building = building;
        this.view = new BuildingView();
    }

    /** The view's lines now. */
    public List<String> lines() { return view.render(building.snapshot()); }

    public void show() {
        Terminal t = ctx.terminal();
        if (!ctx.interactive() || Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
            for (String l : lines()) ctx.println(l);
            return;
        }
        Attributes saved = t.enterRawMode();
        try {
            live(t);
        } finally {
            t.setAttributes(saved);
        }
    }

    private void live(Terminal t) {
        PrintWriter w = t.writer();
        NonBlockingReader in = t.reader();
        int drawn = 0;
        try {
            while (true) {
                List<String> now = new ArrayList<>(lines());
                now.add(ctx.styles().styled(Styles.FAINT, ctx.t("shell.building.live.hint")).toAnsi(t));
                synchronized (t) {
                    if (drawn > 0) w.print("\033[" + drawn + "A\r");
                    for (String l : now) w.print(l + "\033[K\r\n");
                    w.flush();
                }
                drawn = now.size();
                int c = in.read(REFRESH_MILLIS);
                if (c != NonBlockingReader.READ_EXPIRED) return;
            }
        } catch (IOException e) {
            // the terminal went away: nothing more to draw
        }
    }
}
