package mqttlab.shell.exercise;

import java.util.List;
import mqttlab.exercises.jshell.JShellSession;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;

@Command(name = "java", description = "JShell inside the lab, with `client` connected to the lab broker; /exit comes back.",
        footerHeading = "%nExample:%n", footer = {"  java", "  jshell> Lab.publish(client, \"building/125/ac/set\", \"ON\")", "  jshell> /exit"})
public final class JavaCommand implements Runnable {
    static final String PROMPT = "jshell> ";
    static final String MORE = "   ...> ";

    private final ShellContext ctx;

    public JavaCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        JShellSession js = ctx.exercises().jshell();
        var lab = ctx.exercises().lab();
        // JShell starts in the background while the student reads and types (a lesson that uses it started it
        // already); a problem is said when known
        if (!js.started()) ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.java.starting")));
        js.warm().thenAccept(problems -> problems.forEach(p -> ctx.printAsync(ctx.styles().styled(Styles.ERROR, p))));
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.java.ready", lab.host() + ":" + lab.port())));
        LineReader reader = ctx.reader();
        // JShell is a prompt of its own: the lesson speaks between snippets (lesson 12's steps happen in here),
        // each snippet's own output first, as for a shell command
        ctx.lessons().release();
        // what the snippets' threads print between snippets (a subscription's callback) shows as it comes;
        // the printer makes every control character visible, so a classmate's payload cannot drive the terminal
        js.showBetweenSnippets(line -> ctx.printAsync(new AttributedString(line)));
        while (true) {
            String snippet;
            try {
                snippet = read(reader);
            } catch (UserInterruptException e) {
                continue;                       // Ctrl-C at the prompt drops the line
            } catch (EndOfFileException e) {
                break;
            }
            if (snippet == null) break;
            if (snippet.isBlank()) continue;
            if (snippet.strip().equals("/exit")) break;
            ctx.lessons().hold();
            try {
                for (String line : evaluate(js, snippet)) ctx.println(line);
            } finally {
                ctx.lessons().release();
            }
        }
        js.showBetweenSnippets(null);
        js.close();   // its JVM ends, with every thread and connection the snippets made
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.java.back")));
    }

    /** A snippet: more lines while brackets are open. Null at the end of input. */
    private String read(LineReader reader) {
        StringBuilder b = new StringBuilder();
        String prompt = PROMPT;
        while (true) {
            String line = reader.readLine(prompt);
            if (line == null) return b.isEmpty() ? null : b.toString();
            if (!ctx.interactive()) {
                ctx.terminal().writer().println(line);
                ctx.terminal().writer().flush();
            }
            b.append(line).append('\n');
            if (open(b) <= 0 && !line.stripTrailing().endsWith(".")) return b.toString();   // `.` at the end: the chain goes on
            prompt = MORE;
        }
    }

    /** Runs a snippet; Ctrl-C meanwhile stops it (and ends its JVM if it will not stop); what happened is in the lines returned. */
    private List<String> evaluate(JShellSession js, String snippet) {
        Terminal t = ctx.terminal();
        Terminal.SignalHandler before = t.handle(Terminal.Signal.INT, s -> {
            ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.java.stopping", JShellSession.STOP_GRACE.toSeconds())));
            js.stop();
        });
        try {
            return js.eval(snippet);
        } finally {
            t.handle(Terminal.Signal.INT, before);
        }
    }

    /** Open brackets outside string and char literals. */
    static int open(CharSequence s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth;
    }
}
