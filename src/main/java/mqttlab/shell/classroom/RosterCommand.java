package mqttlab.shell.classroom;

import java.nio.file.Path;
import java.util.List;
import mqttlab.classroom.InstructorCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code roster list | add USER [PASSWORD] | remove USER | import FILE.csv}: the class's accounts, in the password file. */
@Command(name = "roster", description = "The students' accounts: list, add, remove, import a CSV (instructor).",
        footerHeading = "%nExamples:%n",
        footer = {"  roster list", "  roster add dave", "  roster add erin s3cret-pw", "  roster remove dave", "  roster import students.csv"})
public final class RosterCommand implements Runnable {

    @Parameters(arity = "1..3", paramLabel = "ACTION", description = "list | add USER [PASSWORD] | remove USER | import FILE.csv")
    List<String> words;

    private final ShellContext ctx;
    private final InstructorCommands commands;

    RosterCommand(ShellContext ctx, InstructorCommands commands) {
        this.ctx = ctx;
        this.commands = commands;
    }

    @Override
    public void run() {
        String action = words.get(0);
        int n = words.size();
        List<String> out = switch (action) {
            case "list" -> n == 1 ? commands.rosterList() : null;
            case "add" -> n >= 2 ? commands.rosterAdd(words.get(1), n == 3 ? words.get(2) : null) : null;
            case "remove" -> n == 2 ? commands.rosterRemove(words.get(1)) : null;
            case "import" -> n == 2 ? commands.rosterImport(Path.of(words.get(1))) : null;
            default -> null;
        };
        if (out == null) throw new ShellException(mqttlab.text.Text.t("classroom.roster.usage"));
        InstructorLines.print(ctx, out);
    }
}
