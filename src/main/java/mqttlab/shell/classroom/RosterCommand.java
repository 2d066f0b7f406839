package mqttlab.shell.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.classroom.InstructorCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.UsageLine;
import mqttlab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code roster list | add USER [PASSWORD] | remove USER | import FILE.csv}: the class's accounts, in the password file. */
@Command(name = "roster", description = "The students' accounts: list, add, remove, import a CSV (instructor).",
        footerHeading = "%nExamples:%n",
        footer = {"  roster list", "  roster add dave", "  roster add erin s3cret-pw", "  roster remove dave", "  roster import students.csv"})
public final class RosterCommand implements Runnable, UsageLine {

    /** A word that names no action: the usage line, as before the actions were subcommands. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> unknown = new ArrayList<>();

    private final ShellContext ctx;
    private final InstructorCommands commands;

    RosterCommand(ShellContext ctx, InstructorCommands commands) {
        this.ctx = ctx;
        this.commands = commands;
    }

    @Override
    public void run() { throw new ShellException(Text.t("classroom.roster.usage")); }

    @Override
    public String usageLine(String subcommand, List<String> words) { return Text.t("classroom.roster.usage"); }

    @Command(name = "list", description = "The students' accounts.")
    void list() { InstructorLines.print(ctx, commands.rosterList()); }

    @Command(name = "add", description = "Add a student; without a password, one is generated and shown once.")
    void add(@Parameters(descriptionKey = "USER[0]", index = "0", paramLabel = "${bundle:label.user:-USER}", description = "the student's user name") String user,
             @Parameters(descriptionKey = "PASSWORD[1]", index = "1", arity = "0..1", paramLabel = "${bundle:label.password:-PASSWORD}", description = "the password (default: generated)") String password) {
        InstructorLines.print(ctx, commands.rosterAdd(user, password));
    }

    @Command(name = "remove", description = "Remove a student: disconnected at once, refused from then on.")
    void remove(@Parameters(descriptionKey = "USER[0]", paramLabel = "${bundle:label.user:-USER}", description = "the student's user name") String user) {
        InstructorLines.print(ctx, commands.rosterRemove(user));
    }

    @Command(name = "import", description = "Add the students of a CSV file (user[,password] per line).")
    void importCsv(@Parameters(descriptionKey = "FILE.csv[0]", paramLabel = "${bundle:label.csv:-FILE.csv}", description = "the CSV file") String file) {
        InstructorLines.print(ctx, commands.rosterImport(Path.of(file)));
    }
}
