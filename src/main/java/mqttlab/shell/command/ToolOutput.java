package mqttlab.shell.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import mqttlab.shell.ShellContext;
import org.jline.utils.AttributedString;

/** Where a shared tool ({@code mqttlab.tools}) writes in the shell: its lines go above the prompt, errors as errors. */
final class ToolOutput {
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    final PrintWriter out = new PrintWriter(outText, true);
    final PrintWriter err = new PrintWriter(errText, true);

    void printTo(ShellContext ctx) {
        printTo(ctx, true);
    }

    /** {@code errors}: false when the output already says what went wrong (decode's table ends with its error line). */
    void printTo(ShellContext ctx, boolean errors) {
        out.flush();
        err.flush();
        String o = outText.toString().stripTrailing();
        if (!o.isEmpty()) for (String l : o.split("\n", -1)) ctx.println(AttributedString.fromAnsi(l));
        String e = errText.toString().stripTrailing();
        if (errors && !e.isEmpty()) for (String l : e.split("\n", -1)) ctx.error(l);
    }
}
