package mqttlab.classroom;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.text.Text;

/**
 * The instructor's shell commands as plain methods returning the lines to print, so each shell
 * command is a thin picocli wrapper ({@code mqttlab.shell.classroom}); {@link #run} parses one typed line (for scripts and tests).
 * Errors come back as one line starting with {@code Error:}, never as an exception.
 */
public final class InstructorCommands {
    /** The commands and what each does, in the lab's language (the command words stay as typed). */
    public static List<String> help() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < COMMANDS.size(); i++) out.add(String.format("%-32s", COMMANDS.get(i)) + Text.t("classroom.help." + i));
        return out;
    }

    /** The console's commands as typed, in the order {@link #help()} lists them. */
    private static final List<String> COMMANDS = List.of("scoreboard", "scoreboard export FILE.csv", "roster list", "roster add USER [PASSWORD]",
            "roster remove USER", "roster import FILE.csv", "class announce TEXT", "class lesson N", "class allow ac | class deny ac",
            "class reset-building", "addresses", "quit");

    private final Classroom classroom;

    InstructorCommands(Classroom classroom) {
        this.classroom = classroom;
    }

    public List<String> scoreboard() { return classroom.scoreboard().render(); }

    public List<String> scoreboardExport(Path csv) { return guard(() -> classroom.scoreboard().export(csv)); }

    public List<String> rosterList() { return upstreamRoster().orElseGet(() -> guard(() -> classroom.roster().list())); }

    public List<String> rosterAdd(String user, String password) { return upstreamRoster().orElseGet(() -> guard(() -> classroom.roster().add(user, password))); }

    public List<String> rosterRemove(String user) { return upstreamRoster().orElseGet(() -> guard(() -> classroom.roster().remove(user))); }

    public List<String> rosterImport(Path csv) { return upstreamRoster().orElseGet(() -> guard(() -> classroom.roster().importCsv(csv))); }

    /** On an upstream broker the accounts are that broker's: the roster lists whom the board knows, and says where to manage them. */
    private java.util.Optional<List<String>> upstreamRoster() {
        return classroom.upstream().map(at -> {
            List<String> s = classroom.students();
            return List.of(mqttlab.text.Text.t("class.upstream.roster", s.size(), String.join(", ", s), at.address()));
        });
    }

    public List<String> announce(String text) { return guard(() -> classroom.control().announce(text)); }

    public List<String> lesson(int n) { return guard(() -> classroom.control().lesson(n)); }

    public List<String> allowAc() { return guard(() -> classroom.control().allowAc()); }

    public List<String> denyAc() { return guard(() -> classroom.control().denyAc()); }

    public List<String> resetBuilding() { return guard(() -> classroom.control().resetBuilding()); }

    /** One typed line, e.g. {@code roster add dave} or {@code class announce Break until 10:15}. */
    public List<String> run(String line) {
        String l = line.strip();
        String[] w = l.isEmpty() ? new String[0] : l.split("\\s+");
        if (w.length == 0) return List.of();
        String rest2 = w.length > 2 ? l.substring(l.indexOf(w[1]) + w[1].length()).strip() : "";
        return switch (w[0]) {
            case "help", "?" -> help();
            case "addresses" -> classroom.joinInstructions();
            case "scoreboard" -> w.length == 1 ? scoreboard()
                    : w.length == 3 && w[1].equals("export") ? scoreboardExport(Path.of(w[2])) : usage("scoreboard [export FILE.csv]");
            case "roster" -> roster(w);
            case "class" -> w.length < 2 ? usage("class announce TEXT | lesson N | allow ac | deny ac | reset-building") : switch (w[1]) {
                case "announce" -> announce(rest2);
                case "lesson" -> w.length == 3 && w[2].matches("\\d{1,2}") ? lesson(Integer.parseInt(w[2])) : usage("class lesson N");
                case "allow" -> w.length == 3 && w[2].equals("ac") ? allowAc() : usage("class allow ac");
                case "deny" -> w.length == 3 && w[2].equals("ac") ? denyAc() : usage("class deny ac");
                case "reset-building" -> resetBuilding();
                default -> usage("class announce TEXT | lesson N | allow ac | deny ac | reset-building");
            };
            default -> List.of(Text.t("classroom.unknown", w[0]));
        };
    }

    private List<String> roster(String[] w) {
        if (w.length < 2) return usage("roster list | add USER [PASSWORD] | remove USER | import FILE.csv");
        return switch (w[1]) {
            case "list" -> rosterList();
            case "add" -> w.length == 3 || w.length == 4 ? rosterAdd(w[2], w.length == 4 ? w[3] : null) : usage("roster add USER [PASSWORD]");
            case "remove" -> w.length == 3 ? rosterRemove(w[2]) : usage("roster remove USER");
            case "import" -> w.length == 3 ? rosterImport(Path.of(w[2])) : usage("roster import FILE.csv");
            default -> usage("roster list | add USER [PASSWORD] | remove USER | import FILE.csv");
        };
    }

    private static List<String> usage(String u) {
        return List.of(Text.t("classroom.usage", u));
    }

    private interface Action {
        List<String> run() throws IOException;
    }

    private static List<String> guard(Action a) {
        try {
            return a.run();
        } catch (NoSuchFileException e) {
            return List.of(Text.t("classroom.error", Text.t("classroom.no.file", e.getFile())));
        } catch (IOException e) {
            return List.of(Text.t("classroom.error", e.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new ArrayList<>(List.of(Text.t("classroom.error", e.getMessage())));
        }
    }
}
