package mqttlab.shell.classroom;

import java.util.ArrayList;
import java.util.List;
import mqttlab.classroom.InstructorCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.UsageLine;
import mqttlab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code class announce TEXT | lesson N | allow ac | deny ac | reset-building}: what the instructor tells the whole class. */
@Command(name = "class", description = "Tell the whole class: announce, suggest a lesson, allow or deny the A/C, reset the building (instructor).",
        footerHeading = "%nExamples:%n",
        footer = {"  class announce Break until 10:15", "  class lesson 4", "  class allow ac", "  class deny ac", "  class reset-building"})
public final class ClassCommand implements Runnable, UsageLine {

    /** A word that names no action: the usage line, as before the actions were subcommands. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> unknown = new ArrayList<>();

    private final ShellContext ctx;
    private final InstructorCommands commands;

    ClassCommand(ShellContext ctx, InstructorCommands commands) {
        this.ctx = ctx;
        this.commands = commands;
    }

    @Override
    public void run() { throw new ShellException(Text.t("classroom.class.usage")); }

    @Override
    public String usageLine(String subcommand, List<String> words) { return Text.t("classroom.class.usage"); }

    @Command(name = "announce", description = "Show a line in every student's shell.")
    void announce(@Parameters(descriptionKey = "TEXT[0..*]", arity = "1..*", paramLabel = "${bundle:label.text:-TEXT}", description = "what to say") List<String> text) {
        InstructorLines.print(ctx, commands.announce(String.join(" ", text)));
    }

    @Command(name = "lesson", description = "Suggest a lesson to the class.")
    void lesson(@Parameters(paramLabel = "N", description = "the lesson's number") String n) {
        if (!n.matches("\\d{1,2}")) run();
        InstructorLines.print(ctx, commands.lesson(Integer.parseInt(n)));
    }

    @Command(name = "allow", description = "Let the students command the A/C units.")
    void allow(@Parameters(paramLabel = "ac", completionCandidates = Ac.class, description = "the A/C units") String what) {
        if (!what.equals("ac")) run();
        InstructorLines.print(ctx, commands.allowAc());
    }

    @Command(name = "deny", description = "Stop the students commanding the A/C units.")
    void deny(@Parameters(paramLabel = "ac", completionCandidates = Ac.class, description = "the A/C units") String what) {
        if (!what.equals("ac")) run();
        InstructorLines.print(ctx, commands.denyAc());
    }

    @Command(name = "reset-building", description = "Put the class's building back at its start.")
    void resetBuilding() { InstructorLines.print(ctx, commands.resetBuilding()); }

    static final class Ac implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return List.of("ac").iterator(); }
    }
}
