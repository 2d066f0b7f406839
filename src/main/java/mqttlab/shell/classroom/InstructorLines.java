package mqttlab.shell.classroom;

import java.util.List;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;

/** Prints what an {@link mqttlab.classroom.InstructorCommands} method returned; an {@code Error:} answer fails the command. */
final class InstructorLines {
    private InstructorLines() { }

    static void print(ShellContext ctx, List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("Error: ")) {
            throw new ShellException(String.join("\n", lines).substring("Error: ".length()));
        }
        lines.forEach(ctx::println);
    }
}
