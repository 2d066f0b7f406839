package mqttlab.shell;

import java.util.List;
import mqttlab.building.Building;
import mqttlab.client.ClientSettings;

/**
 * What a caller adds to a lab shell, for the classroom: the broker and building it was given
 * (already running; the shell neither starts nor stops them), more commands, lines for the
 * banner, and hooks around the session. {@link #NONE} is the plain shell.
 */
public interface ShellAddOn {
    ShellAddOn NONE = new ShellAddOn() { };

    /** The broker to run on instead of the one {@link ShellOptions} says; null: as the options say. */
    default Endpoint endpoint() { return null; }

    /** The building to show instead of starting one; null: as the options say. */
    default Building building() { return null; }

    /** The settings of the shell's first session, given the usual ones (client id {@code lab-<pid>}). */
    default ClientSettings firstSession(ClientSettings usual) { return usual; }

    /** Adds commands to the shell's registry. */
    default void commands(CommandRegistry registry) { }

    /** Lines printed after the banner. */
    default List<String> banner() { return List.of(); }

    /** Runs once the context exists, before the first prompt. */
    default void started(ShellContext ctx) { }

    /** Runs after every command typed (whether it worked or not). */
    default void afterCommand(ShellContext ctx) { }

    /** How the projector page connects (the classroom's internal account); null: anonymously, on the port the shell's own port suggests. */
    default mqttlab.web.ProjectorAccess projector() { return null; }

    /** Runs once the projector view is open: the classroom adds its scoreboard's feed. */
    default void projectorOpen(mqttlab.web.Projector projector) { }

    /** Runs when the shell is leaving, before its sessions close. */
    default void stopping(ShellContext ctx) { }
}
