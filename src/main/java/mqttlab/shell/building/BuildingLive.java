package mqttlab.shell.building;

import java.util.List;
import mqttlab.building.Building;
import mqttlab.building.BuildingView;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.LiveView;
import org.jline.utils.AttributedString;

/**
 * `building`: the building's live view. On a real terminal it redraws in place twice a second until a
 * key is pressed ({@link LiveView}); on a dumb or piped terminal it prints one snapshot.
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
        new LiveView(ctx, REFRESH_MILLIS).show(() -> lines().stream().map(AttributedString::fromAnsi).toList());
    }
}
