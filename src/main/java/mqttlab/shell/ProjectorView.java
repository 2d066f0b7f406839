package mqttlab.shell;

import java.time.Duration;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.trace.TraceFeed;
import mqttlab.web.BuildingFeed;
import mqttlab.web.PageConfig;
import mqttlab.web.Projector;
import mqttlab.web.ProjectorAccess;

/** Opens the projector view beside the shell's embedded broker, on this machine only, with the building's and the trace's feeds. */
final class ProjectorView {
    private ProjectorView() { }

    /** The view, or null (with a line saying why) when it cannot open; the lab goes on without it. */
    static Projector open(ShellContext ctx, ShellAddOn addOn) {
        Endpoint e = ctx.endpoint();
        ProjectorAccess access = addOn.projector();
        boolean classroom = access != null;
        if (access == null) access = new ProjectorAccess(e.user(), e.password(), ctx.options().port() == 0 ? 0 : Projector.USUAL_PORT);
        ProjectorAccess a = access;
        try {
            Projector p = Projector.open(e.broker(), "127.0.0.1", a.port(), () -> config(ctx, a, classroom));
            p.every(Duration.ofSeconds(1), new BuildingFeed(e.broker(), () -> {
                LabBuilding b = ctx.building();
                return b == null ? null : b.now();
            }));
            p.every(Duration.ofMillis(200), new TraceFeed(e.broker(), ctx.tap()));
            addOn.projectorOpen(p);
            return p;
        } catch (RuntimeException ex) {
            ctx.println(ctx.t("shell.web.failed", ex.getMessage()));
            return null;
        }
    }

    private static PageConfig config(ShellContext ctx, ProjectorAccess a, boolean classroom) {
        LabBuilding b = ctx.building();
        return PageConfig.of(mqttlab.text.Text.lang(), a.username(), a.password(), b == null ? null : b.config(), classroom);
    }
}
