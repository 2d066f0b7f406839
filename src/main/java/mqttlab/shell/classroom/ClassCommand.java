package mqttlab.shell.classroom;

import java.util.List;
import mqttlab.classroom.InstructorCommands;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code class announce TEXT | lesson N | allow ac | deny ac | reset-building}: what the instructor tells the whole class. */
@Command(name = "class", description = "Tell the whole class: announce, suggest a lesson, allow or deny the A/C, reset the building (instructor).",
        footerHeading = "%nExamples:%n",
        footer = {"  class announce Break until 10:15", "  class lesson 4", "  class allow ac", "  class deny ac", "  class reset-building"})
public final class ClassCommand implements Runnable {

    @Parameters(arity = "1..*", paramLabel = "ACTION", description = "announce TEXT | lesson N | allow ac | deny ac | reset-building")
    List<String> words;

    private final ShellContext ctx;
    private final InstructorCommands commands;

    ClassCommand(ShellContext ctx, InstructorCommands commands) {
        this.ctx = ctx;
        this.commands = commands;
    }

    @Override
    public void run() {
        int n = words.size();
        List<String> out = switch (words.get(0)) {
            case "announce" -> n >= 2 ? commands.announce(String.join(" ", words.subList(1, n))) : null;
            case "lesson" -> n == 2 && words.get(1).matches("\\d{1,2}") ? commands.lesson(Integer.parseInt(words.get(1))) : null;
            case "allow" -> n == 2 && words.get(1).equals("ac") ? commands.allowAc() : null;
            case "deny" -> n == 2 && words.get(1).equals("ac") ? commands.denyAc() : null;
            case "reset-building" -> n == 1 ? commands.resetBuilding() : null;
            default -> null;
        };
        if (out == null) throw new ShellException(mqttlab.text.Text.t("classroom.class.usage"));
        InstructorLines.print(ctx, out);
    }
}
