package mqttlab.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.Broker;
import mqttlab.exercises.jshell.CompilerWarmUp;
import mqttlab.exercises.progress.LessonSteps;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.lessons.LabEvent;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.session.Sessions;
import mqttlab.text.Lang;
import mqttlab.text.LangChoice;
import mqttlab.files.LabHome;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedStringBuilder;

/**
 * The lab shell: a JLine line editor running picocli commands against the lab's broker. Interactive
 * on a terminal (colour, completion, history in $MQTTLAB_HOME/history); on piped input it runs the
 * commands in order through a dumb terminal, so instructors can script demos and tests can drive it.
 */
public final class LabShell {
    private final ShellContext ctx;
    private final CommandRegistry registry;
    private final Dispatcher dispatcher;
    private final ShellAddOn addOn;
    private final Interruptible commands;

    private LabShell(ShellContext ctx, CommandRegistry registry, ShellAddOn addOn) {
        this.ctx = ctx;
        this.registry = registry;
        this.dispatcher = new Dispatcher(ctx, registry);
        this.addOn = addOn;
        this.commands = new Interruptible(ctx);
    }

    /** Runs the shell on this process's terminal (or piped stdin/stdout); returns the exit status. */
    public static int run(ShellOptions options) {
        return run(options, ShellAddOn.NONE);
    }

    /** As {@link #run(ShellOptions)}, with what {@code addOn} brings (the classroom's broker, building and commands). */
    public static int run(ShellOptions options, ShellAddOn addOn) {
        boolean interactive = System.console() != null;
        HeadStart head = HeadStart.begin(options, addOn); // while the terminal opens
        try {
            Terminal t = interactive ? mqttlab.shell.ui.SystemTerminal.open() : dumb(System.in, System.out);
            return run(options, t, interactive, LessonSteps.inLabHome(), addOn, head);
        } catch (IOException e) {
            head.abandon();
            System.err.println("Cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** A dumb terminal on the given streams, no echo: for piped input and tests. */
    public static Terminal dumb(InputStream in, OutputStream out) throws IOException {
        DumbTerminal t = new DumbTerminal("mqttlab", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
        t.echo(false);
        return t;
    }

    public static int run(ShellOptions options, Terminal terminal, boolean interactive) {
        return run(options, terminal, interactive, LessonSteps.inLabHome());
    }

    /** As {@link #run(ShellOptions, Terminal, boolean)}, keeping lesson progress in {@code progress}. */
    public static int run(ShellOptions options, Terminal terminal, boolean interactive, LessonProgressStore progress) {
        return run(options, terminal, interactive, progress, ShellAddOn.NONE);
    }

    /**
     * As {@link #run(ShellOptions, Terminal, boolean, LessonProgressStore)}, with what {@code addOn} brings:
     * e.g. the classroom's running broker and building (not stopped when the shell leaves) and its commands.
     */
    public static int run(ShellOptions options, Terminal terminal, boolean interactive, LessonProgressStore progress, ShellAddOn addOn) {
        return run(options, terminal, interactive, progress, addOn, HeadStart.begin(options, addOn));
    }

    private static int run(ShellOptions options, Terminal terminal, boolean interactive, LessonProgressStore progress, ShellAddOn addOn,
                           HeadStart head) {
        ProgressStore store = progress instanceof LessonSteps steps ? steps.store()
                : new ProgressStore(LabHome.get(), java.time.Clock.systemUTC());
        Lang before = mqttlab.text.Text.lang();
        Messages m;
        try {
            m = new Messages(LangChoice.choose(options.lang(), store.peekLang().map(t -> LangChoice.parse(t, ProgressStore.FILE))));
        } catch (IllegalArgumentException e) {
            head.abandon();
            return fail(terminal, e.getMessage());
        }
        Endpoint endpoint;
        try {
            if (addOn.endpoint() != null) {
                endpoint = addOn.endpoint();
            } else if (options.brokerUrl() != null) {
                endpoint = Endpoint.relayed(options.brokerUrl(), options.cafile(), options.user(), options.password(), m);
            } else {
                Broker b = head.broker().await(m);
                endpoint = new Endpoint("127.0.0.1", b.port(), b, options.user(), options.password());
            }
        } catch (ShellException e) {
            return fail(terminal, e.getMessage());
        }
        CommandRegistry registry = ShellCommands.registry();
        addOn.commands(registry);
        Printer printer = new Printer(terminal, Styles.detect(interactive, terminal.encoding()), interactive);
        ShellContext ctx = new ShellContext(printer, m, endpoint, options, addOn, progress, store, registry, head.lessons());
        try {
            return new LabShell(ctx, registry, addOn).loop();
        } finally {
            mqttlab.text.Text.use(before);   // a test's next shell, in the same JVM, chooses afresh
        }
    }

    private static int fail(Terminal t, String message) {
        t.writer().println(message);
        t.writer().flush();
        try { t.close(); } catch (IOException ignored) { /* leaving */ }
        return 1;
    }

    private int loop() {
        Endpoint e = ctx.endpoint();
        ctx.sessions().open(Sessions.DEFAULT, addOn.firstSession(ctx.sessions().defaultSettings("lab-" + ProcessHandle.current().pid())));
        if (ctx.building() != null && addOn.building() == null) startBuilding();
        if (ctx.projectorView() != null) ctx.projectorView().open();
        banner(e);
        if (e.relayed()) RelayNotices.listen(ctx, e.relay());
        addOn.started(ctx);
        LineReader reader = reader();
        ctx.printer().attach(reader, this::prompt);
        // while the student reads the banner, JShell's compiler warms in this JVM (no JVM, no client), so that
        // `java` later waits only for its own JVM; after the shell's own start-up work (the building) is done
        if (ctx.interactive()) CompilerWarmUp.after(Duration.ofSeconds(2));
        if (e.view() != null) ctx.scheduler().execute(() -> ctx.tap().start());
        // an external broker (through the relay): does it send retained messages to wildcard subscriptions?
        if (!e.embedded()) ctx.scheduler().execute(() -> mqttlab.client.RetainedProbe.measure(e.host(), e.port(), e.user(), e.password(), ctx.classUser()));
        while (!ctx.exitRequested()) {
            String line;
            try {
                String prompt = prompt();
                ctx.printer().prompt(prompt);
                line = reader.readLine(prompt);
            } catch (UserInterruptException ex) {
                // Ctrl-C: the line is dropped, the lab goes on; on an empty line, say how to leave
                if (ex.getPartialLine() == null || ex.getPartialLine().isBlank()) ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.ctrl.c")));
                continue;
            } catch (EndOfFileException ex) {
                break;
            }
            if (!ctx.interactive()) echo(line);
            List<String> words = new ArrayList<>(reader.getParsedLine().words());
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) continue;
            Thread.interrupted();
            // what the lesson says about the packets a command caused comes after the command's own output
            ctx.lessons().hold();
            boolean ran;
            try {
                ran = commands.run(words.get(0), () -> dispatcher.run(words));
            } finally {
                ctx.lessons().release();
            }
            if (ran) ctx.lessons().offer(new LabEvent.CommandRun(line));
            addOn.afterCommand(ctx);
            if (!ctx.interactive()) {
                ctx.printer().markOutput();
                ctx.printer().settle(150, 2000);
            }
        }
        ctx.printer().attach(null, null);
        if (!ctx.interactive()) {
            ctx.printer().markOutput();
            ctx.printer().settle(300, 3000);
        }
        shutdown();
        return 0;
    }

    private void banner(Endpoint e) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        String head = e.relayed() ? RelayNotices.banner(ctx, e.relay())
                : e.embedded() ? ctx.t("shell.banner", e.host() + ":" + e.port()) : ctx.t("shell.banner.external", e.url());
        LabBuilding b = ctx.building();
        if (b != null) head += ctx.t("shell.banner.building", b.config().rooms().size(), b.config().sensorCount(), b.config().rooms().size());
        ctx.styles().append(sb, Styles.BOLD, head);
        ctx.println(sb.toAttributedString());
        if (ctx.projector() != null) ctx.println(ctx.t("shell.banner.web", ctx.projector().url()));
        ctx.println(ctx.t("shell.banner.hint"));
        addOn.banner().forEach(ctx::println);
    }

    /** The building connects in the background once the prompt is up; a script (piped input) waits for it, so its first lines see it. */
    private void startBuilding() {
        LabBuilding b = ctx.building();
        b.start(ctx.interactive() ? 400 : 0);
        b.onFailure(reason -> ctx.printAsync(ctx.styles().styled(Styles.ERROR, ctx.t("shell.building.failed", reason))));
        if (!ctx.interactive()) b.await();
    }

    /** How the shell splits a typed line into words (the lesson tests split the lessons' commands with it too). */
    public static DefaultParser lineParser() {
        DefaultParser parser = new DefaultParser();
        parser.setLineCommentDelims(null); // `#` is MQTT's multi-level wildcard, never a comment
        parser.setBlockCommentDelims(null);
        parser.setEscapeChars(null);       // `\e` in -F formats stays as typed, as in a shell's single quotes
        parser.setEofOnUnclosedQuote(true);
        return parser;
    }

    private LineReader reader() {
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        if (ctx.interactive()) variables.put(LineReader.HISTORY_FILE, historyFile());
        PasteFriendlyReader r = new PasteFriendlyReader(ctx.terminal(), "mqttlab", variables);
        r.setHistory(new DefaultHistory());
        r.setParser(lineParser());
        r.setCompleter(new LabCompleter(ctx, registry, new Dispatcher(ctx, registry)));
        r.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        r.option(LineReader.Option.INSERT_TAB, false);
        return r;
    }

    /** $MQTTLAB_HOME/history, or ~/.mqttlab/history. */
    static Path historyFile() {
        Path dir = LabHome.get();
        try {
            Files.createDirectories(dir);
        } catch (IOException ignored) {
            // history just will not persist
        }
        return dir.resolve("history");
    }

    /** {@code lab> }, {@code lab[owl]> }, with the lesson's place: {@code lab L7.3> }. */
    private String prompt() {
        String s = ctx.sessions().currentName();
        String where = ctx.lessons().where();
        String p = (s.equals(Sessions.DEFAULT) ? "lab" : "lab[" + s + "]") + (where.isEmpty() ? "" : " " + where) + "> ";
        return ctx.styles().colour() ? ctx.styles().styled(Styles.BOLD, p).toAnsi(ctx.terminal()) : p;
    }

    private void echo(String line) {
        ctx.terminal().writer().println(line);
        ctx.terminal().writer().flush();
    }

    private void shutdown() {
        Endpoint e = ctx.endpoint();
        boolean given = addOn.endpoint() != null; // the caller's broker and building: the caller stops them
        addOn.stopping(ctx);
        if (ctx.projectorView() != null) ctx.projectorView().close();
        if (ctx.building() != null && addOn.building() == null) ctx.building().stop();
        if (ctx.exercises() != null) ctx.exercises().close();
        ctx.sessions().closeAll();
        ctx.tap().stop();
        if (e.embedded() && !given) {
            try {
                e.broker().stop();
            } catch (RuntimeException ignored) {
                // leaving anyway
            }
        }
        if (e.relayed() && !given) e.relay().close();
        ctx.println(ctx.t("shell.bye", e.embedded() && !given ? ctx.t("shell.bye.broker") : ""));
        try {
            ctx.terminal().close();
        } catch (IOException ignored) {
            // leaving
        }
    }
}
