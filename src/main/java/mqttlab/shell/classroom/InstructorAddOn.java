package mqttlab.shell.classroom;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mqttlab.building.Building;
import mqttlab.classroom.Classroom;
import mqttlab.shell.CommandRegistry;
import mqttlab.shell.Endpoint;
import mqttlab.client.ClientSettings;
import mqttlab.shell.ui.LiveView;
import mqttlab.shell.ShellAddOn;
import mqttlab.text.Text;

/**
 * The instructor's console: the lab shell on the classroom's broker (its sessions log in as the
 * internal {@value mqttlab.classroom.ClassroomAuthorizer#CONSOLE} account) and building, with {@code scoreboard},
 * {@code roster} and {@code class}; the banner says how students join. The classroom is the
 * caller's to close once the shell has returned.
 */
public final class InstructorAddOn implements ShellAddOn {
    private final Classroom classroom;
    /** The scoreboard on screen now, if any: a new report redraws it at once. */
    private final AtomicReference<LiveView> shown = new AtomicReference<>();

    public InstructorAddOn(Classroom classroom) {
        this.classroom = classroom;
        classroom.scoreboard().onChange(() -> {
            LiveView v = shown.get();
            if (v != null) v.changed();
        });
    }

    @Override
    public Endpoint endpoint() {
        InetSocketAddress a = classroom.localAddress();
        return new Endpoint(a.getHostString(), a.getPort(), classroom.broker(), classroom.consoleUser(), classroom.consolePassword());
    }

    @Override
    public ClientSettings firstSession(ClientSettings usual) { return usual.withClientId(mqttlab.broker.connect.ClientIds.owned(classroom.consoleUser(), "shell")); }

    @Override
    public Building building() { return classroom.building().orElse(null); }

    @Override
    public mqttlab.web.ProjectorAccess projector() {
        return new mqttlab.web.ProjectorAccess(mqttlab.classroom.ClassroomAuthorizer.PROJECTOR, classroom.projectorPassword(),
                classroom.ephemeral() ? 0 : mqttlab.web.Projector.USUAL_PORT);
    }

    @Override
    public void projectorOpen(mqttlab.web.Projector projector) {
        projector.every(java.time.Duration.ofSeconds(1), new mqttlab.web.ScoreboardFeed(classroom.broker(), classroom.scoreboard()::rows));
    }

    @Override
    public void commands(CommandRegistry registry) {
        registry.add(ScoreboardCommand.class, ctx -> new ScoreboardCommand(ctx, classroom, shown))
                .add(RosterCommand.class, ctx -> new RosterCommand(ctx, classroom.commands()))
                .add(ClassCommand.class, ctx -> new ClassCommand(ctx, classroom.commands()));
    }

    @Override
    public List<String> banner() {
        List<String> lines = new ArrayList<>();
        if (classroom.upstream().isPresent()) {
            lines.add(Text.t("class.upstream.banner", classroom.upstream().get().address(), classroom.consoleUser(), classroom.students().size()));
            lines.addAll(classroom.joinInstructions());
            lines.addAll(classroom.warnings());
            lines.add(Text.t("classroom.banner.commands", "`scoreboard`, `roster list`, `class announce|lesson|allow ac|deny ac|reset-building`"));
            return lines;
        }
        int n = classroom.roster().students().size();
        // host:port, not the list's "[/127.0.0.1:1883]"
        String at = classroom.broker().addresses().stream().map(x -> x.getHostString() + ":" + x.getPort())
                .collect(java.util.stream.Collectors.joining(", "));
        lines.add(Text.t(n == 1 ? "classroom.banner.one" : "classroom.banner", n, at));
        lines.addAll(classroom.joinInstructions());
        lines.addAll(classroom.warnings());
        lines.add(Text.t("classroom.banner.commands", "`scoreboard`, `roster list|add|remove|import`, `class announce|lesson|allow ac|deny ac|reset-building`"));
        return lines;
    }
}
