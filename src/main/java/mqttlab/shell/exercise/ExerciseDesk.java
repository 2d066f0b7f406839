package mqttlab.shell.exercise;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import java.time.Clock;
import java.util.List;
import mqttlab.building.Building;
import mqttlab.exercises.Checker;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.ExerciseCommands;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.RemoteLab;
import mqttlab.exercises.Workspace;
import mqttlab.exercises.jshell.JShellSession;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.shell.Endpoint;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.ShellException;

/**
 * The exercises in the shell: graded against this shell's own broker and building, with a
 * {@link PacketHistory} recording from the start so a check sees what the student did before it;
 * progress in the one {@code progress.json}; a JShell started on first use.
 */
public final class ExerciseDesk implements AutoCloseable {
    private final ProgressStore store;
    private final LabSystem lab;
    private final PacketHistory history;
    private volatile ExerciseCommands commands;
    private volatile String unavailable;
    private volatile JShellSession jshell;

    private ExerciseDesk(ProgressStore store, LabSystem lab, PacketHistory history) {
        this.store = store;
        this.lab = lab;
        this.history = history;
    }

    /**
     * Opens the desk over {@code e}; with the embedded broker or the relay, starts recording its packets now.
     * {@code building} is null when the lab runs without one.
     */
    public static ExerciseDesk open(Endpoint e, ProgressStore store, LabBuilding building, boolean noBuilding) {
        if (e.view() == null) return new ExerciseDesk(store, new RemoteLab(e.host(), e.port()), null);
        // the shell starts BuildingConfig.defaults() a moment later (LabShell.startBuilding)
        EmbeddedLab lab = EmbeddedLab.over(e.view(), () -> running(building),
                noBuilding ? null : mqttlab.building.BuildingConfig.defaults());
        return new ExerciseDesk(store, lab, PacketHistory.record(lab));
    }

    private static Building running(LabBuilding building) {
        if (building == null) throw new mqttlab.exercises.LabUnavailableException(t("check.no.building"));
        return building.building();
    }

    /** The language the exercises speak: the shell's. */
    public String lang() { return mqttlab.text.Text.lang().tag(); }

    public ProgressStore store() { return store; }

    public LabSystem lab() { return lab; }

    public boolean tapped() { return history != null; }

    /** The exercise commands, or a {@link ShellException} saying why there are no exercises. */
    public ExerciseCommands commands() {
        if (commands == null) {
            synchronized (this) {
                if (commands == null && unavailable == null) {
                    try {
                        commands = new ExerciseCommands(ExerciseCatalog.load(), new Workspace(store.file().getParent()), store,
                                new Checker(lab, history));
                    } catch (RuntimeException e) {
                        unavailable = mqttlab.text.Cause.of(e);
                    }
                }
            }
        }
        if (commands == null) throw new ShellException(t("shell.exercises.missing", unavailable));
        return commands;
    }

    /** The JShell of this shell, created (not yet started) on first use; its client connects to the lab broker. */
    public synchronized JShellSession jshell() {
        if (jshell == null) {
            List<String> topics;
            try {
                topics = lab.buildingTopics();   // from its configuration: `java` typed at once does not wait for the building to start
            } catch (RuntimeException noBuilding) {
                topics = List.of();
            }
            jshell = new JShellSession(lab.host(), lab.port(), topics);
        }
        return jshell;
    }

    @Override
    public synchronized void close() {
        if (jshell != null) jshell.close();
        if (history != null) history.close();
    }
}
