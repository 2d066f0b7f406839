package mqttlab.shell;

import mqttlab.text.Cause;
import java.time.Duration;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.trace.TapHub;
import mqttlab.shell.trace.TraceFeed;
import mqttlab.web.BuildingFeed;
import mqttlab.web.PageConfig;
import mqttlab.web.Projector;
import mqttlab.web.ProjectorAccess;

/** The projector view beside the shell's embedded broker, on this machine only, with the building's and the trace's feeds. */
final class ProjectorView {
    private final Endpoint endpoint;
    private final ShellOptions options;
    private final ShellAddOn addOn;
    private final TapHub tap;
    private final LabBuilding building;
    private final Printer printer;
    private volatile Projector projector;

    ProjectorView(Endpoint endpoint, ShellOptions options, ShellAddOn addOn, TapHub tap, LabBuilding building, Printer printer) {
        this.endpoint = endpoint;
        this.options = options;
        this.addOn = addOn;
        this.tap = tap;
        this.building = building;
        this.printer = printer;
    }

    /** The open view, or null: not opened yet, or it could not open. */
    Projector projector() { return projector; }

    /** Opens the view; when it cannot, says why in a line and the lab goes on without it. */
    void open() {
        Endpoint e = endpoint;
        ProjectorAccess access = addOn.projector();
        boolean classroom = access != null;
        if (access == null) access = new ProjectorAccess(e.user(), e.password(), options.port() == 0 ? 0 : Projector.USUAL_PORT);
        ProjectorAccess a = access;
        try {
            Projector p = Projector.open(e.broker(), "127.0.0.1", a.port(), () -> config(a, classroom));
            p.every(Duration.ofSeconds(1), new BuildingFeed(e.broker(), () -> building == null ? null : building.now()));
            p.every(Duration.ofMillis(200), new TraceFeed(e.broker(), tap));
            addOn.projectorOpen(p);
            projector = p;
        } catch (RuntimeException ex) {
            printer.println(mqttlab.text.Text.t("shell.web.failed", mqttlab.text.Cause.of(ex)));
        }
    }

    void close() {
        Projector p = projector;
        if (p != null) p.close();
    }

    private PageConfig config(ProjectorAccess a, boolean classroom) {
        return PageConfig.of(mqttlab.text.Text.lang(), a.username(), a.password(), building == null ? null : building.config(), classroom);
    }
}
