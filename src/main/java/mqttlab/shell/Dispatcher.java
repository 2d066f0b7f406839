package mqttlab.shell;

import mqttlab.text.Cause;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mqttlab.client.ConnectFailure;
import mqttlab.client.UsageError;
import mqttlab.text.PicocliText;
import picocli.CommandLine;

/**
 * Runs one typed line: finds the command, parses its flags with picocli, runs it, and turns every
 * mistake or failure into one line for people. Never throws, never prints a stack trace.
 */
public final class Dispatcher {
    private final ShellContext ctx;
    private final CommandRegistry registry;

    public Dispatcher(ShellContext ctx, CommandRegistry registry) {
        this.ctx = ctx;
        this.registry = registry;
    }

    /** Runs the words as a command; true when it ran without an error. */
    public boolean run(List<String> words) {
        if (words.isEmpty()) return false;
        String name = words.get(0);
        CommandRegistry.Entry e = registry.find(name);
        if (e == null) {
            String near = registry.closest(name);
            ctx.error(ctx.t("shell.unknown.command", name, near == null ? "" : ctx.t("shell.did.you.mean", near)));
            return false;
        }
        try {
            CommandLine cl = commandLine(e);
            StringWriter out = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(out, true));
            List<String> args = words.subList(1, words.size());
            cl.setParameterExceptionHandler((ex, ignored) -> {
                String own = cl.getCommand() instanceof UsageLine u ? u.usageLine(ex.getCommandLine().getCommandName(), args) : null;
                ctx.error(own != null ? own : ctx.t("shell.bad.args", e.name(), PicocliText.message(ex), e.name()));
                return 2;
            });
            cl.setExecutionExceptionHandler((ex, c, parsed) -> {
                report(e.name(), ex);
                return 1;
            });
            int status = cl.execute(args.toArray(new String[0]));
            String printed = out.toString();
            if (!printed.isEmpty()) for (String l : printed.stripTrailing().split("\n", -1)) ctx.println(l);
            return status == 0;
        } catch (RuntimeException ex) {
            report(e.name(), ex);
            return false;
        }
    }

    CommandLine commandLine(CommandRegistry.Entry e) {
        CommandLine cl = new CommandLine(e.factory().apply(ctx));
        cl.setExpandAtFiles(false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(false);
        cl.setSubcommandsCaseInsensitive(true);   // `fault DROP …` as `fault drop …`
        return PicocliText.localize(cl);
    }

    private void report(String command, Throwable ex) {
        Throwable c = ConnectFailure.unwrap(ex);
        if (c instanceof CommandLine.ExecutionException && c.getCause() != null) c = c.getCause();
        String msg;
        if (c instanceof ShellException || c instanceof ConnectFailure) msg = c.getMessage();
        else if (c instanceof UsageError) msg = command + ": " + c.getMessage().replaceFirst("^(Error|오류): ", "");
        else msg = ctx.t("shell.failed", command, mqttlab.text.Cause.of(c));
        ctx.error(msg);
    }

}
