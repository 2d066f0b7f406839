package mqttlab.shell.classroom;

import java.util.List;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;

/** Prints what an {@link mqttlab.classroom.InstructorCommands} method returned; an {@code Error:} answer fails the command. */
final class InstructorLines {
    private InstructorLines() { }

    static void print(ShellContext ctx, List<String> lines) {
        String error = mqttlab.text.Text.t("classroom.error", "");   // "Error: ", or "오류: " in Korean
        if (!lines.isEmpty() && lines.get(0).startsWith(error)) {
            throw new ShellException(String.join("\n", lines).substring(error.length()));
        }
        lines.forEach(ctx::println);
    }
}
